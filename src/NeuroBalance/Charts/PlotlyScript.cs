using System.Reflection;

namespace NeuroBalance.Charts;

/// <summary>
/// The plotly.js bundle that ships inside the Plotly.NET 6.0.0 assembly, so that charts draw offline.
/// </summary>
public static class PlotlyScript
{
    private const string BundledVersion = "2.28.0";
    private const string ResourceName = "Plotly.NET.plotly-" + BundledVersion + ".min.js";
    private static readonly Lazy<string> Source = new(ReadEmbeddedBundle);
    private static readonly Lazy<string> InlineSource = new(() =>
        Source.Value.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));

    private static readonly Lazy<string> Compressed = new(() =>
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Source.Value);
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize))
        {
            gzip.Write(bytes);
        }

        return Convert.ToBase64String(buffer.ToArray());
    });

    /// <summary>
    /// The <c>type</c> of the inert <c>&lt;script&gt;</c> element that carries the gzip-compressed,
    /// base64-encoded bundle inside a chart output (<see cref="CarrierElement"/>).
    /// </summary>
    public const string CarrierType = "application/x-neurobalance-plotly-gzip-base64";

    /// <summary>Gets the bundle gzip-compressed and base64-encoded (about 1.45 MB). Computed once per process.</summary>
    public static string CompressedBase64 => Compressed.Value;

    /// <summary>
    /// Gets the inert element that carries plotly.js in a chart output: the browser does not run it;
    /// the chart's loader (in this output or any other output of the same page) decompresses it with
    /// <c>DecompressionStream</c> when <c>window.Plotly</c> is missing.
    /// </summary>
    public static string CarrierElement =>
        $"<script type=\"{CarrierType}\" {HtmlMarkers.Mark(HtmlMarkers.PlotlyBundle)} data-plotly-version=\"{BundledVersion}\">{CompressedBase64}</script>";

    /// <summary>Gets the plotly.js version of the embedded bundle.</summary>
    public static string Version => BundledVersion;

    /// <summary>Gets the full minified plotly.js source (about 3.5 MB).</summary>
    public static string MinifiedSource => Source.Value;

    /// <summary>
    /// Gets the source made safe to place inside an HTML <c>&lt;script&gt;</c> element (no literal
    /// <c>&lt;/script</c>). Computed once per process.
    /// </summary>
    public static string InlineScriptSource => InlineSource.Value;

    private static string ReadEmbeddedBundle()
    {
        Assembly plotly = typeof(Plotly.NET.GenericChart).Assembly;
        using var stream = plotly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The resource '{ResourceName}' was not found in {plotly.GetName()}. " +
                "NeuroBalance expects Plotly.NET 6.0.0, which embeds plotly.js 2.28.0.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

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

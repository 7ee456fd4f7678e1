using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Export;

/// <summary>
/// The plotly.js that an exported lesson carries, once, in its first chart output. The live kernel's
/// chart outputs carry the full bundle (3.5 MB; 1.45 MB gzip-compressed and base64-encoded); an exported
/// lesson whose charts use only the trace types of plotly.js's <em>basic</em> bundle (scatter, bar, pie:
/// every NeuroBalance chart is scatter lines) carries that bundle instead: the same version 2.28.0, the
/// same components (sliders, animation, legends, shapes, annotations), 0.45 MB compressed.
/// </summary>
/// <remarks>
/// A chart whose figure cannot be read, or that uses another trace type (heatmap, scattergl, ...), keeps
/// the full bundle for its whole lesson. Charts the learner adds after opening the export draw with their
/// own output's full carrier, unless the page already loaded the basic bundle (a trace type outside it
/// then needs the notebook re-run from the top, which replaces the exported outputs).
/// </remarks>
public static partial class ExportBundle
{
    /// <summary>The trace types of plotly.js's basic bundle.</summary>
    public static readonly IReadOnlySet<string> BasicTraceTypes = new HashSet<string>(StringComparer.Ordinal) { "scatter", "bar", "pie" };

    private const string ResourceName = "NeuroBalance.Course.Export.plotly-basic.min.js.gz";

    private static readonly Lazy<string> BasicCarrier = new(() =>
    {
        using var stream = typeof(ExportBundle).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from {typeof(ExportBundle).Assembly.GetName()}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return $"<script type=\"{ChartCarrier.CarrierType}\" data-plotly-version=\"2.28.0\" data-plotly-bundle=\"basic\">{Convert.ToBase64String(bytes.ToArray())}</script>";
    });

    /// <summary>Gets the carrier element of the basic bundle (about 0.45 MB), built once per process.</summary>
    public static string BasicCarrierElement => BasicCarrier.Value;

    /// <summary>Gets whether every chart of a lesson draws with the basic bundle.</summary>
    /// <param name="chartHtmls">The lesson's chart outputs.</param>
    /// <returns>True when each one's figure could be read and uses only <see cref="BasicTraceTypes"/>.</returns>
    public static bool BasicSuffices(IEnumerable<string> chartHtmls)
    {
        ArgumentNullException.ThrowIfNull(chartHtmls);
        return chartHtmls.All(html => TraceTypes(html) is { } types && types.All(BasicTraceTypes.Contains));
    }

    /// <summary>Replaces the carrier of a chart output with the basic bundle's.</summary>
    /// <param name="html">A chart output that carries plotly.js.</param>
    /// <returns>The same output, carrying the basic bundle.</returns>
    public static string WithBasicCarrier(string html) => ChartCarrier.Remove(html) + BasicCarrierElement;

    /// <summary>The trace types of a chart output's figure (<c>fig.data[*].type</c>; plotly.js's default is scatter), or null when the figure cannot be read.</summary>
    /// <param name="html">A chart output of the library (its script holds <c>var fig = {...};</c>).</param>
    /// <returns>The types, or null.</returns>
    public static IReadOnlyList<string>? TraceTypes(string html)
    {
        var start = FigureStart().Match(html ?? string.Empty);
        if (!start.Success)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(html![(start.Index + start.Length)..]), new JsonReaderOptions { AllowTrailingCommas = false });
            using var figure = JsonDocument.ParseValue(ref reader);
            if (!figure.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return [.. data.EnumerateArray().Select(t => t.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "scatter")];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"var fig = (?=\{)")]
    private static partial Regex FigureStart();
}

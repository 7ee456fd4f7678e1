using System.Text.RegularExpressions;
using NeuroBalance.Course.Markup;

namespace NeuroBalance.Course.Export;

/// <summary>
/// The inert element in which a NeuroBalance chart output carries plotly.js, gzip-compressed and
/// base64-encoded (<c>NeuroBalance.Charts.PlotlyScript.CarrierElement</c>), found by its marker
/// <c>data-neurobalance="plotly-bundle"</c> (<see cref="HtmlMarkers.PlotlyBundle"/>). A document needs one:
/// every chart's loader finds it in any output of the page.
/// </summary>
public static partial class ChartCarrier
{
    /// <summary>The carrier element's <c>type</c> (inert: browsers do not run it); equal to <c>NeuroBalance.Charts.PlotlyScript.CarrierType</c>.</summary>
    public const string CarrierType = "application/x-neurobalance-plotly-gzip-base64";

    /// <summary>Gets whether an HTML output carries plotly.js.</summary>
    /// <param name="html">An HTML output.</param>
    /// <returns>True when it contains the marked carrier element.</returns>
    public static bool Carries(string html) => HtmlMarkers.Has(html, HtmlMarkers.PlotlyBundle);

    /// <summary>Removes the carrier element (for pages that load plotly.js otherwise).</summary>
    /// <param name="html">An HTML output.</param>
    /// <returns>The output without the carrier.</returns>
    public static string Remove(string html) => Carries(html) ? Carrier().Replace(html, string.Empty) : html ?? string.Empty;

    // A <script> start tag with the marker attribute, its base64 text (no "<") and its end tag.
    [GeneratedRegex("<script\\b[^>]*\\sdata-neurobalance=\"plotly-bundle\"[^>]*>[^<]*</script>")]
    private static partial Regex Carrier();
}

using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Export;

/// <summary>
/// The inert element in which a NeuroBalance chart output carries plotly.js, gzip-compressed and
/// base64-encoded (<c>NeuroBalance.Charts.PlotlyScript.CarrierElement</c>). A document needs one: every
/// chart's loader finds it in any output of the page.
/// </summary>
public static partial class ChartCarrier
{
    /// <summary>The element's <c>type</c>; equal to <c>NeuroBalance.Charts.PlotlyScript.CarrierType</c> (a test checks it).</summary>
    public const string CarrierType = "application/x-neurobalance-plotly-gzip-base64";

    /// <summary>Gets whether an HTML output carries plotly.js.</summary>
    /// <param name="html">An HTML output.</param>
    /// <returns>True when it contains the carrier element.</returns>
    public static bool Carries(string html) => Carrier().IsMatch(html ?? string.Empty);

    /// <summary>Removes the carrier element (for pages that load plotly.js otherwise).</summary>
    /// <param name="html">An HTML output.</param>
    /// <returns>The output without the carrier.</returns>
    public static string Remove(string html) => Carrier().Replace(html ?? string.Empty, string.Empty);

    [GeneratedRegex("<script type=\"application/x-neurobalance-plotly-gzip-base64\"[^>]*>[^<]*</script>")]
    private static partial Regex Carrier();
}

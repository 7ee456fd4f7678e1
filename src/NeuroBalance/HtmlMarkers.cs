// The one definition of the markers that the library's HTML outputs carry. This file is compiled into
// the library (public, namespace NeuroBalance) and linked into the course tooling (internal, namespace
// NeuroBalance.Course.Markup; see NeuroBalance.Course.csproj), which references no other project.
#if NEUROBALANCE_TOOLING
namespace NeuroBalance.Course.Markup;
#else
namespace NeuroBalance;
#endif

/// <summary>
/// The documented markers on the HTML that the library emits for charts and exercises: the attribute
/// <see cref="Attribute"/> names what an element is, so that the course site, the chart render check and
/// the tests find charts, their data, plotly.js and exercises without matching script text.
/// </summary>
/// <remarks>
/// A chart output is <c>&lt;figure data-neurobalance="chart"&gt;</c> holding the element Plotly draws into
/// (<see cref="ChartPlot"/>), the figure JSON in an inert <c>&lt;script type="application/json"&gt;</c>
/// (<see cref="ChartFigure"/>) and a caption; then, optionally, the compressed plotly.js carrier
/// (<see cref="PlotlyBundle"/>) and the notebook's draw script (<see cref="ChartDraw"/>). The site drops
/// the carrier and the draw script and draws each chart from its figure JSON with its own script file.
/// An exercise output's root element is marked <see cref="Exercise"/> and names its id in
/// <see cref="ExerciseIdAttribute"/>.
/// </remarks>
#if NEUROBALANCE_TOOLING
internal
#else
public
#endif
static class HtmlMarkers
{
    /// <summary>The attribute that carries a marker.</summary>
    public const string Attribute = "data-neurobalance";

    /// <summary>The <c>&lt;figure&gt;</c> around one chart.</summary>
    public const string Chart = "chart";

    /// <summary>The element inside a chart that Plotly draws into.</summary>
    public const string ChartPlot = "chart-plot";

    /// <summary>The inert <c>&lt;script type="application/json"&gt;</c> inside a chart with the Plotly figure (<c>{"data", "layout"}</c>).</summary>
    public const string ChartFigure = "chart-figure";

    /// <summary>The script that draws a chart in a notebook front end.</summary>
    public const string ChartDraw = "chart-draw";

    /// <summary>The inert element that carries the gzip-compressed plotly.js bundle.</summary>
    public const string PlotlyBundle = "plotly-bundle";

    /// <summary>The root element of an exercise output (card, feedback, hint, solution).</summary>
    public const string Exercise = "exercise";

    /// <summary>The attribute on an exercise output's root element with the exercise id.</summary>
    public const string ExerciseIdAttribute = "data-exercise-id";

    /// <summary>The marker as an attribute to write into a start tag, e.g. <c>data-neurobalance="chart"</c>.</summary>
    /// <param name="marker">One of the marker constants.</param>
    /// <returns>The attribute text.</returns>
    public static string Mark(string marker) => $"{Attribute}=\"{marker}\"";

    /// <summary>A CSS selector for elements with the marker, e.g. <c>[data-neurobalance="chart"]</c>.</summary>
    /// <param name="marker">One of the marker constants.</param>
    /// <returns>The selector.</returns>
    public static string Selector(string marker) => $"[{Attribute}=\"{marker}\"]";

    /// <summary>
    /// Gets whether an HTML output contains a start tag with the marker, written as the library writes it
    /// (<see cref="Mark"/>); the same text inside a script or a text node does not count.
    /// </summary>
    /// <param name="html">An HTML output.</param>
    /// <param name="marker">One of the marker constants.</param>
    /// <returns>True when an element carries the marker.</returns>
    public static bool Has(string? html, string marker) =>
        System.Text.RegularExpressions.Regex.IsMatch(html ?? string.Empty, "<[A-Za-z][^<>]*\\s" + System.Text.RegularExpressions.Regex.Escape(Mark(marker)), System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}

using System.Globalization;
using System.Net;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;
using PlotlyChart = Plotly.NET.Chart;

namespace NeuroBalance.Charts;

/// <summary>
/// Turns a <see cref="Figure"/> into HTML that draws an interactive Plotly chart without network.
/// </summary>
/// <remarks>
/// The figure's data and layout are built with Plotly.NET 6.0.0 and serialised with
/// <c>GenericChart.toFigureJson</c>. The HTML around it is a <c>&lt;figure&gt;</c> with the chart
/// and a <c>&lt;figcaption&gt;</c> holding the text description. plotly.js comes from the copy
/// embedded in Plotly.NET (<see cref="PlotlyScript"/>), never from a CDN, and no require.js is used:
/// an output carries it gzip-compressed (<see cref="PlotlyScript.CarrierElement"/>), and every chart's
/// loader finds it in any output of the page. While plotly.js is evaluated, an AMD <c>define</c> that
/// another output may have installed is hidden, so that plotly.js always sets <c>window.Plotly</c>.
/// </remarks>
public static class FigureHtml
{
    /// <summary>The 1-2-5 steps of a logarithmic axis within each decade.</summary>
    private static readonly double[] TickMantissas = [1.0, 2.0, 5.0];

    /// <summary>The CSS class on the outer element of every rendered figure; tests look for it.</summary>
    public const string FigureClass = "neurobalance-figure";

    /// <summary>The CSS class on the element that Plotly draws into.</summary>
    public const string PlotClass = "neurobalance-plot";

    /// <summary>How long a chart without its own plotly.js waits for another output to bring it.</summary>
    public const int PlotlyWaitMilliseconds = 60_000;

    private static readonly StyleParam.DrawingStyle[] Dashes =
        [StyleParam.DrawingStyle.Solid, StyleParam.DrawingStyle.Dash, StyleParam.DrawingStyle.Dot, StyleParam.DrawingStyle.DashDot];

    /// <summary>Renders the figure for a notebook output, carrying plotly.js as <see cref="PlotlyDelivery"/> decides.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>An HTML fragment.</returns>
    public static string RenderForNotebook(Figure figure) => Render(figure, PlotlyDelivery.ClaimScript());

    /// <summary>Renders the figure as an HTML fragment.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="includePlotlyScript">Whether the output carries the compressed plotly.js bundle (about 1.45 MB).</param>
    /// <returns>An HTML fragment: a <c>&lt;figure&gt;</c> and the scripts that draw it.</returns>
    public static string Render(Figure figure, bool includePlotlyScript)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return RenderPlot(figure.Title, figure.Description, ToFigureJson(figure), includePlotlyScript, heightPixels: 420);
    }

    /// <summary>
    /// The HTML shell shared by every chart type: a <c>&lt;figure&gt;</c> with the plot and its caption,
    /// optionally plotly.js itself, and the script that draws the Plotly figure JSON (waiting for plotly.js
    /// when an earlier output brings it).
    /// </summary>
    internal static string RenderPlot(string title, string description, string figureJson, bool includePlotlyScript, int heightPixels)
    {
        var id = "nb-fig-" + Guid.NewGuid().ToString("N");

        // The figure JSON sits in an inert element: "<" only occurs inside JSON strings, where \u003c is
        // the same character, so no text of the figure can end the element or open a comment.
        var json = figureJson.Replace("<", "\\u003c", StringComparison.Ordinal);
        var encodedTitle = WebUtility.HtmlEncode(title);
        var encodedDescription = WebUtility.HtmlEncode(description);

        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"{FigureClass}\" {HtmlMarkers.Mark(HtmlMarkers.Chart)} style=\"margin:0 0 1em 0\">");
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}\" class=\"{PlotClass}\" {HtmlMarkers.Mark(HtmlMarkers.ChartPlot)} role=\"img\" aria-label=\"{encodedTitle}. {encodedDescription}\" style=\"width:100%;min-width:320px;height:{heightPixels}px\"></div>");
        html.Append(CultureInfo.InvariantCulture, $"<script type=\"application/json\" {HtmlMarkers.Mark(HtmlMarkers.ChartFigure)}>{json}</script>");
        html.Append(CultureInfo.InvariantCulture, $"<figcaption style=\"font-size:0.9em;color:#333\"><strong>{encodedTitle}.</strong> {encodedDescription}</figcaption>");
        html.Append("</figure>");
        if (includePlotlyScript)
        {
            html.Append(PlotlyScript.CarrierElement);
        }

        // Every chart finds plotly.js by itself: window.Plotly if an earlier output loaded it, otherwise
        // the compressed copy that this output or any other output of the page carries (decompressed
        // once per page with DecompressionStream and run with an AMD define hidden, so plotly.js always
        // sets window.Plotly). Front ends may render outputs out of order, so a chart without a carrier
        // in the page waits up to a minute before it says how to get one.
        html.Append(CultureInfo.InvariantCulture, $"<script {HtmlMarkers.Mark(HtmlMarkers.ChartDraw)}>(function () {{")
            .Append(CultureInfo.InvariantCulture, $"var el = document.getElementById('{id}');")
            .Append(CultureInfo.InvariantCulture, $"var fig = JSON.parse(el.parentNode.querySelector('script[{HtmlMarkers.Attribute}=\"{HtmlMarkers.ChartFigure}\"]').textContent);")
            .Append(CultureInfo.InvariantCulture, $"var carrierSelector = '{HtmlMarkers.Selector(HtmlMarkers.PlotlyBundle)}';")
            .Append("var waited = 0;")
            .Append("function show() { el.textContent = ''; Plotly.newPlot(el, fig.data, fig.layout, { responsive: true, displaylogo: false }); }")
            .Append("function load(carrier) {")
            .Append("if (!window.__neuroBalancePlotly) {")
            .Append("var bytes = Uint8Array.from(atob(carrier.textContent.trim()), function (c) { return c.charCodeAt(0); });")
            .Append("window.__neuroBalancePlotly = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(function (source) {")
            .Append("if (window.Plotly) { return; }")
            .Append("var hidden = window.define; window.define = undefined;")
            .Append("try { var s = document.createElement('script'); s.textContent = source; document.head.appendChild(s); } finally { window.define = hidden; }")
            .Append("}); }")
            .Append("window.__neuroBalancePlotly.then(show, function (e) { el.textContent = 'plotly.js could not be unpacked in this viewer: ' + e; });")
            .Append('}')
            .Append("function draw() {")
            .Append("if (window.Plotly) { show(); return; }")
            .Append("var carrier = document.querySelector(carrierSelector);")
            .Append("if (carrier) { load(carrier); return; }")
            .Append(CultureInfo.InvariantCulture, $"if (waited >= {PlotlyWaitMilliseconds}) {{ el.style.height = 'auto'; el.textContent = ")
            .Append("'This chart needs plotly.js, which a NeuroBalance chart output carries, and no output of this page has it. ")
            .Append("Re-run this cell to draw it.'; return; }")
            .Append("if (waited === 0) { el.textContent = 'Waiting for plotly.js from another chart of this page...'; }")
            .Append("waited += 100; setTimeout(draw, 100); }")
            .Append("draw();")
            .Append("})();</script>");
        return html.ToString();
    }

    /// <summary>Builds the Plotly figure JSON (<c>{"data": [...], "layout": {...}}</c>) with Plotly.NET.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The JSON text.</returns>
    public static string ToFigureJson(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return LineChartJson(figure.Title, figure.XAxis, figure.YAxis, figure.Series.Select((s, i) => (s, i)));
    }

    /// <summary>
    /// Builds the Plotly figure JSON of line traces with Plotly.NET. The style index picks the palette
    /// colour and the line dash, so the same index always looks the same.
    /// </summary>
    internal static string LineChartJson(string title, Axis xAxis, Axis yAxis, IEnumerable<(Series Series, int Style)> lines)
    {
        var lineArray = lines.ToArray();
        var traces = lineArray.Select(line => CSharpChart.Line<double, double, string>(
            x: line.Series.X,
            y: line.Series.Y,
            Name: line.Series.Name,
            ShowLegend: true,
            LineColor: Color.fromHex(Palette.ColorFor(line.Style)),
            LineWidth: 2.5,
            LineDash: Dashes[line.Style % Dashes.Length],
            // Plotly.NET's default template costs about 250 ms and 115 MB per chart to copy and serialise
            // (about 3 s for the first); plotly.js's own defaults look the same here. See README, Performance.
            UseDefaults: false));

        GenericChart chart = CSharpChart.Combine(traces);
        chart = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(
            chart, TitleText: xAxis.Title, AxisType: ToPlotly(xAxis.Scale));
        chart = Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(
            chart, TitleText: yAxis.Title, AxisType: ToPlotly(yAxis.Scale));
        chart = PlotlyChart.withTitle(title, null).Invoke(chart);
        var json = GenericChart.toFigureJson(chart);
        if (xAxis.Scale != AxisScale.Log && yAxis.Scale != AxisScale.Log)
        {
            return json;
        }

        var figure = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var layout = figure["layout"]!.AsObject();
        var all = lineArray.Select(line => line.Series).ToArray();
        if (xAxis.Scale == AxisScale.Log)
        {
            SetLogTicks(layout, "xaxis", all.SelectMany(s => s.X));
        }

        if (yAxis.Scale == AxisScale.Log)
        {
            SetLogTicks(layout, "yaxis", all.SelectMany(s => s.Y));
        }

        return figure.ToJsonString();
    }

    /// <summary>
    /// Gives a log axis readable tick labels. Left alone, plotly.js labels a log axis that spans one to a few
    /// decades with bare leading digits ("3 4 5 6 7 8 9 1 2"). When the data cover at least two decades
    /// (e.g. 1 and 10 both inside), ticks sit on the decades only (<c>dtick: 1</c>, counted in log10 units
    /// from <c>tick0: 0</c>) and are labelled as plain numbers (0.1, 1, 10, 100: <c>exponentformat: "none"</c>).
    /// A narrower span gets ticks at 1, 2 and 5 times a power of ten, labelled the same way.
    /// </summary>
    internal static void SetLogTicks(System.Text.Json.Nodes.JsonObject layout, string axis, IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        if (positive.Length == 0)
        {
            return;
        }

        double low = positive.Min(), high = positive.Max();
        var style = layout[axis] as System.Text.Json.Nodes.JsonObject ?? new System.Text.Json.Nodes.JsonObject();
        style["exponentformat"] = "none";
        var first = (int)Math.Floor(Math.Log10(low));
        var last = (int)Math.Ceiling(Math.Log10(high));
        var decadesInside = Enumerable.Range(first, last - first + 1).Count(k => Inside(Math.Pow(10, k), low, high));
        if (decadesInside >= 2)
        {
            style["tickmode"] = "linear";
            style["tick0"] = 0;
            style["dtick"] = 1;
        }
        else
        {
            var ticks = Enumerable.Range(first, last - first + 1)
                .SelectMany(k => TickMantissas.Select(m => double.Parse((m * Math.Pow(10, k)).ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)))
                .Where(t => Inside(t, low, high))
                .ToArray();
            style["tickmode"] = "array";
            style["tickvals"] = new System.Text.Json.Nodes.JsonArray(ticks.Select(t => (System.Text.Json.Nodes.JsonNode)t).ToArray());
            style["ticktext"] = new System.Text.Json.Nodes.JsonArray(ticks.Select(t => (System.Text.Json.Nodes.JsonNode)t.ToString(CultureInfo.InvariantCulture)).ToArray());
        }

        layout[axis] = style;
    }

    private static bool Inside(double tick, double low, double high) => tick >= low * (1 - 1e-9) && tick <= high * (1 + 1e-9);

    private static StyleParam.AxisType ToPlotly(AxisScale scale) =>
        scale == AxisScale.Log ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear;
}

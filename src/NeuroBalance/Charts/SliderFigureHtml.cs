using System.Text.Json.Nodes;

namespace NeuroBalance.Charts;

/// <summary>
/// Turns a <see cref="SliderFigure"/> into HTML that draws an interactive Plotly chart with a slider,
/// offline and without a kernel.
/// </summary>
/// <remarks>
/// The traces of every frame are built with Plotly.NET (as for <see cref="Figure"/>); this class then
/// adds, to the figure JSON, each trace's <c>visible</c> flag, fixed axis ranges and one
/// <c>layout.sliders</c> entry whose steps call Plotly's <c>restyle</c> with the visibility of their
/// frame. See the plotly.js reference for sliders: <see href="https://plotly.com/javascript/reference/layout/sliders/"/>.
/// </remarks>
internal static class SliderFigureHtml
{
    /// <summary>The height of the chart area: taller than a plain figure, to make room for the slider.</summary>
    public const int HeightPixels = 520;

    /// <summary>Renders the figure for a notebook output, carrying plotly.js as <see cref="PlotlyDelivery"/> decides.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>An HTML fragment.</returns>
    public static string RenderForNotebook(SliderFigure figure) => Render(figure, PlotlyDelivery.ClaimScript());

    /// <summary>Renders the figure as an HTML fragment.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="includePlotlyScript">Whether to inline the plotly.js bundle (about 3.5 MB).</param>
    /// <returns>An HTML fragment: a <c>&lt;figure&gt;</c> and the scripts that draw it.</returns>
    public static string Render(SliderFigure figure, bool includePlotlyScript)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var caption = $"{figure.Description} Drag the slider under the chart to change {figure.Parameter}; each position shows a precomputed result.";
        return FigureHtml.RenderPlot(figure.Title, caption, ToFigureJson(figure), includePlotlyScript, HeightPixels);
    }

    /// <summary>Builds the Plotly figure JSON: every frame's traces, their visibility, fixed ranges and the slider.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The JSON text.</returns>
    public static string ToFigureJson(SliderFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var owners = figure.Frames.SelectMany((frame, f) => frame.Series.Select(_ => f)).ToArray();
        var json = JsonNode.Parse(FigureHtml.LineChartJson(
            figure.Title, figure.XAxis, figure.YAxis, figure.Frames.SelectMany(frame => frame.Series.Select((s, i) => (s, i)))))!;

        var data = json["data"]!.AsArray();
        for (var t = 0; t < data.Count; t++)
        {
            data[t]!["visible"] = owners[t] == figure.InitialFrame;
        }

        var layout = json["layout"]!.AsObject();
        var all = figure.Frames.SelectMany(f => f.Series).ToArray();
        FixRange(layout, "xaxis", figure.XAxis.Scale, all.SelectMany(s => s.X));
        FixRange(layout, "yaxis", figure.YAxis.Scale, all.SelectMany(s => s.Y));
        layout["margin"] = new JsonObject { ["b"] = 40 };
        layout["sliders"] = new JsonArray(new JsonObject
        {
            ["active"] = figure.InitialFrame,
            ["currentvalue"] = new JsonObject { ["prefix"] = figure.Parameter + ": ", ["font"] = new JsonObject { ["size"] = 14 } },
            ["pad"] = new JsonObject { ["t"] = 70 },
            ["steps"] = new JsonArray(figure.Frames.Select((frame, f) => (JsonNode)new JsonObject
            {
                ["label"] = frame.Label,
                ["method"] = "restyle",
                ["args"] = new JsonArray(new JsonObject { ["visible"] = new JsonArray(owners.Select(o => (JsonNode)JsonValue.Create(o == f)).ToArray()) }),
            }).ToArray()),
        });
        return json.ToJsonString();
    }

    /// <summary>
    /// Fixes an axis range to cover every frame: linear axes start at 0 when all values are ≥ 0 and get
    /// 5% head-room; log axes (range in log10 units, as plotly.js wants) get 5% of the span each side.
    /// </summary>
    private static void FixRange(JsonObject layout, string axis, AxisScale scale, IEnumerable<double> values)
    {
        var v = scale == AxisScale.Log ? values.Select(Math.Log10).ToArray() : values.ToArray();
        double low = v.Min(), high = v.Max();
        if (scale == AxisScale.Linear && axis == "yaxis" && low >= 0)
        {
            low = 0;
        }

        var span = high - low;
        var pad = span > 0 ? 0.05 * span : Math.Max(1, Math.Abs(high) * 0.05);
        var lowPad = scale == AxisScale.Linear && low == 0 && axis == "yaxis" ? 0 : pad;
        var style = layout[axis] as JsonObject ?? new JsonObject();
        style["range"] = new JsonArray(low - lowPad, high + pad);
        style["autorange"] = false;
        layout[axis] = style;
    }
}

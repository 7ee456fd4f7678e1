using AngleSharp.Html.Parser;
using NeuroBalance.Charts;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Rendering;
using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Tests.Charts;

/// <summary>The documented markers on the library's chart and exercise HTML, and the tooling finding them.</summary>
public sealed class HtmlMarkersTests
{
    private static readonly Figure Chart = new("Marked chart", "A chart whose </script><!-- text must stay data.", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0, 2.0], [1.0, 4.0])]);

    [Fact]
    public void ChartOutput_MarksContainerPlotFigureDataCarrierAndDrawScript()
    {
        var html = FigureHtml.Render(Chart, includePlotlyScript: true);
        var document = new HtmlParser().ParseDocument(html);

        var figure = Assert.Single(document.QuerySelectorAll(HtmlMarkers.Selector(HtmlMarkers.Chart)));
        Assert.Equal("figure", figure.LocalName);
        Assert.NotNull(figure.QuerySelector(HtmlMarkers.Selector(HtmlMarkers.ChartPlot)));
        var data = Assert.Single(figure.QuerySelectorAll(HtmlMarkers.Selector(HtmlMarkers.ChartFigure)));
        Assert.Equal("application/json", data.GetAttribute("type"));
        using var json = System.Text.Json.JsonDocument.Parse(data.TextContent);
        Assert.Equal("Marked chart", json.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        var carrier = Assert.Single(document.QuerySelectorAll(HtmlMarkers.Selector(HtmlMarkers.PlotlyBundle)));
        Assert.Equal(PlotlyScript.CarrierType, carrier.GetAttribute("type"));
        var plotId = figure.QuerySelector(HtmlMarkers.Selector(HtmlMarkers.ChartPlot))!.Id!;
        Assert.Contains($"getElementById('{plotId}')", Assert.Single(document.QuerySelectorAll(HtmlMarkers.Selector(HtmlMarkers.ChartDraw))).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SliderChartOutput_IsAMarkedChart()
    {
        var slider = new SliderFigure("Slider", "A test figure.", new Axis("x", "nM"), new Axis("y", "1"), "k",
            new[] { 1.0, 2.0 }.Select(k => new SliderFrame($"{k}", [new Series("s", [1.0, 2.0], [k, 2 * k])])));
        var html = SliderFigureHtml.Render(slider, includePlotlyScript: false);

        Assert.True(ChartRenderCheck.IsChart(html));
        Assert.True(IpynbWriter.IsChart(html));
        Assert.False(ChartCarrier.Carries(html));
    }

    [Fact]
    public void ToolingFindsAndRemovesTheCarrierByItsMarker()
    {
        var html = FigureHtml.Render(Chart, includePlotlyScript: true);

        Assert.True(ChartCarrier.Carries(html));
        var without = ChartCarrier.Remove(html);
        Assert.False(ChartCarrier.Carries(without));
        Assert.DoesNotContain(PlotlyScript.CompressedBase64[..200], without, StringComparison.Ordinal);
        Assert.Equal(FigureHtml.Render(Chart, includePlotlyScript: false).Length, without.Length);
    }

    [Fact]
    public void TextThatLooksLikeAChart_IsNotAChart()
    {
        Assert.False(ChartRenderCheck.IsChart("<script>Plotly.newPlot(el, [], {})</script>"));
        Assert.False(IpynbWriter.IsChart("<p>Plotly.newPlot( is how plotly.js draws</p>"));
    }

    [Fact]
    public void ExerciseOutput_IsMarkedWithItsId()
    {
        var html = new Feedback("99-marker-test", "Marked", FeedbackStatus.Passed, "Summary").ToHtml();
        var root = new HtmlParser().ParseDocument(html).QuerySelector(HtmlMarkers.Selector(HtmlMarkers.Exercise));

        Assert.NotNull(root);
        Assert.Equal("99-marker-test", root!.GetAttribute(HtmlMarkers.ExerciseIdAttribute));
    }
}

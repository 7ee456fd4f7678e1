using NeuroBalance.Charts;

namespace NeuroBalance.Tests.Charts;

[Collection(nameof(PlotlyDeliveryTests))] // changes process-wide state
public sealed class PlotlyDeliveryTests
{
    private static readonly Figure Small = new("t", "d", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0], [1.0])]);

    [Fact]
    public void OncePerSession_OnlyTheFirstChartCarriesPlotly()
    {
        PlotlyDelivery.Mode = PlotlyDeliveryMode.OncePerSession;
        PlotlyDelivery.Reset();

        var first = FigureHtml.RenderForNotebook(Small);
        var second = FigureHtml.RenderForNotebook(Small);
        PlotlyDelivery.Reset();
        var afterReset = FigureHtml.RenderForNotebook(Small);

        Assert.True(first.Length > 3_000_000);
        Assert.True(second.Length < 50_000);
        Assert.True(afterReset.Length > 3_000_000);
    }

    [Fact]
    public void EveryChart_EachChartCarriesPlotly()
    {
        PlotlyDelivery.Mode = PlotlyDeliveryMode.EveryChart;
        try
        {
            Assert.True(FigureHtml.RenderForNotebook(Small).Length > 3_000_000);
            Assert.True(FigureHtml.RenderForNotebook(Small).Length > 3_000_000);
        }
        finally
        {
            PlotlyDelivery.Mode = PlotlyDeliveryMode.OncePerSession;
        }
    }
}

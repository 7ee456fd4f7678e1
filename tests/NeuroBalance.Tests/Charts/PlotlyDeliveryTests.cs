using NeuroBalance.Charts;

namespace NeuroBalance.Tests.Charts;

[Collection(nameof(PlotlyDeliveryTests))] // changes process-wide state
public sealed class PlotlyDeliveryTests
{
    private static readonly Figure Small = new("t", "d", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0], [1.0])]);

    [Fact]
    public void Default_IsEveryChart() => Assert.Equal(PlotlyDeliveryMode.EveryChart, PlotlyDelivery.Mode); // the other tests restore it

    [Fact]
    public void OncePerSession_OnlyTheFirstChartCarriesPlotly()
    {
        PlotlyDelivery.Mode = PlotlyDeliveryMode.OncePerSession;
        PlotlyDelivery.Reset();
        try
        {
            var first = FigureHtml.RenderForNotebook(Small);
            var second = FigureHtml.RenderForNotebook(Small);
            PlotlyDelivery.Reset();
            var afterReset = FigureHtml.RenderForNotebook(Small);

            Assert.True(first.Length > 1_000_000);
            Assert.True(second.Length < 50_000);
            Assert.True(afterReset.Length > 1_000_000);
        }
        finally
        {
            PlotlyDelivery.Mode = PlotlyDeliveryMode.EveryChart;
        }
    }

    [Fact]
    public void Carrier_IsTheGzippedBundle_AboutAThirdOfItsSize()
    {
        var bytes = Convert.FromBase64String(PlotlyScript.CompressedBase64);
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);

        Assert.Equal(PlotlyScript.MinifiedSource, reader.ReadToEnd());
        Assert.InRange(PlotlyScript.CompressedBase64.Length, 1_000_000, 1_600_000);
    }

    [Fact]
    public void EveryChart_EachChartCarriesPlotly()
    {
        PlotlyDelivery.Mode = PlotlyDeliveryMode.EveryChart;
        try
        {
            Assert.Contains(PlotlyScript.CarrierElement, FigureHtml.RenderForNotebook(Small), StringComparison.Ordinal);
            Assert.Contains(PlotlyScript.CarrierElement, FigureHtml.RenderForNotebook(Small), StringComparison.Ordinal);
        }
        finally
        {
            PlotlyDelivery.Mode = PlotlyDeliveryMode.EveryChart;
        }
    }
}


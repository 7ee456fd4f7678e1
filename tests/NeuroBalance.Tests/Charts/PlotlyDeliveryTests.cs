using NeuroBalance.Charts;
using NeuroBalance.Hosting;

namespace NeuroBalance.Tests.Charts;

/// <summary>Each test uses a session of its own (<see cref="CourseSession.Use"/>), so none changes process-wide state.</summary>
public sealed class PlotlyDeliveryTests
{
    private static readonly Figure Small = new("t", "d", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0], [1.0])]);

    [Fact]
    public void Default_IsEveryChart()
    {
        using var session = CourseSession.Use(new CourseSession());
        Assert.Equal(PlotlyDeliveryMode.EveryChart, PlotlyDelivery.Mode);
    }

    [Fact]
    public void OncePerSession_OnlyTheFirstChartCarriesPlotly()
    {
        using var session = CourseSession.Use(new CourseSession());
        PlotlyDelivery.Mode = PlotlyDeliveryMode.OncePerSession;
        var first = FigureHtml.RenderForNotebook(Small);
        var second = FigureHtml.RenderForNotebook(Small);
        PlotlyDelivery.Reset();
        var afterReset = FigureHtml.RenderForNotebook(Small);

        Assert.True(first.Length > 1_000_000);
        Assert.True(second.Length < 50_000);
        Assert.True(afterReset.Length > 1_000_000);
    }

    [Fact]
    public void Mode_IsPerSession_AnotherSessionKeepsItsOwn()
    {
        var once = new CourseSession(charts: new ChartDelivery(PlotlyDeliveryMode.OncePerSession));
        using (CourseSession.Use(once))
        {
            Assert.True(FigureHtml.RenderForNotebook(Small).Length > 1_000_000);
        }

        using (CourseSession.Use(new CourseSession()))
        {
            Assert.Equal(PlotlyDeliveryMode.EveryChart, PlotlyDelivery.Mode);
        }

        using (CourseSession.Use(once))
        {
            Assert.True(FigureHtml.RenderForNotebook(Small).Length < 50_000); // the first session remembers its delivery
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
        using var session = CourseSession.Use(new CourseSession(charts: new ChartDelivery(PlotlyDeliveryMode.EveryChart)));
        Assert.Contains(PlotlyScript.CarrierElement, FigureHtml.RenderForNotebook(Small), StringComparison.Ordinal);
        Assert.Contains(PlotlyScript.CarrierElement, FigureHtml.RenderForNotebook(Small), StringComparison.Ordinal);
    }
}


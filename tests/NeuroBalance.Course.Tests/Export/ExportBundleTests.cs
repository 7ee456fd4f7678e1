using System.IO.Compression;
using NeuroBalance.Charts;
using NeuroBalance.Course.Export;

namespace NeuroBalance.Course.Tests.Export;

/// <summary>
/// An exported lesson carries plotly.js's basic bundle when it draws all of the lesson's charts, and the
/// full bundle otherwise (the real-kernel export drawing in headless Chromium is in ChartDeliveryTests).
/// </summary>
public sealed class ExportBundleTests
{
    private static readonly Axis X = new("Concentration", "nM");
    private static readonly Axis Y = new("Occupancy", "1");

    private static Figure Lines() => new("t", "d", X, Y, [new Series("a", [1.0, 2.0], [0.1, 0.2]), new Series("b", [1.0, 2.0], [0.3, 0.4])]);

    [Fact]
    public void LibraryFigure_IsScatter_AndTheBasicBundleSuffices()
    {
        var html = FigureHtml.Render(Lines(), includePlotlyScript: true);

        Assert.Equal(["scatter", "scatter"], ExportBundle.TraceTypes(html));
        Assert.True(ExportBundle.BasicSuffices([html, FigureHtml.Render(Lines(), includePlotlyScript: false)]));
    }

    [Fact]
    public void SliderFigure_IsScatter_AndTheBasicBundleSuffices()
    {
        var frames = new[] { 1.0, 2.0 }.Select(k => new SliderFrame(k.ToString(System.Globalization.CultureInfo.InvariantCulture), [new Series("s", [1.0, 2.0], [k, 2 * k])]));
        var html = SliderFigureHtml.Render(new SliderFigure("t", "d", X, Y, "k", frames), includePlotlyScript: false);

        Assert.All(ExportBundle.TraceTypes(html)!, t => Assert.Equal("scatter", t));
        Assert.True(ExportBundle.BasicSuffices([html]));
    }

    [Theory]
    [InlineData("<script>var fig = {\"data\":[{\"type\":\"heatmap\",\"z\":[[1]]}],\"layout\":{}};</script>")]
    [InlineData("<script>var fig = {\"data\":[{\"type\":\"scatter\"},{\"type\":\"scattergl\"}],\"layout\":{}};</script>")]
    [InlineData("<script>Plotly.newPlot(el, data);</script>")] // not a library chart: its figure cannot be read
    [InlineData("<script>var fig = {\"data\":[{\"type\":\"scatter\"</script>")] // cut off
    public void OtherTraceTypes_OrAnUnreadableFigure_KeepTheFullBundle(string html) =>
        Assert.False(ExportBundle.BasicSuffices([FigureHtml.Render(Lines(), includePlotlyScript: false), html]));

    [Fact]
    public void BasicCarrier_IsPlotly2280Basic_UnderHalfAMegabyte_AndReplacesTheFullCarrier()
    {
        var html = FigureHtml.Render(Lines(), includePlotlyScript: true);

        var exported = ExportBundle.WithBasicCarrier(html);

        Assert.True(ChartCarrier.Carries(exported));
        Assert.DoesNotContain(PlotlyScript.CompressedBase64, exported, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(exported, $"<script type=\"{ChartCarrier.CarrierType}\""));
        var element = ExportBundle.BasicCarrierElement;
        Assert.InRange(element.Length, 300_000, 500_000);
        var base64 = element[(element.IndexOf('>') + 1)..element.LastIndexOf("</script>", StringComparison.Ordinal)];
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var source = reader.ReadToEnd();
        Assert.Contains("plotly.js (basic - minified) v2.28.0", source[..200], StringComparison.Ordinal);
        Assert.Contains("name:\"sliders\"", source, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using CsCheck;
using NeuroBalance.Charts;
using NeuroBalance.Testing;
using NeuroBalance.Course.Rendering;

namespace NeuroBalance.Tests.Charts;

public sealed class SliderFigureTests
{
    private static readonly double[] Xs = [0, 1, 2, 3];

    /// <summary>Three frames of y = k·x (the "line") and y = k (the "level"), for k = 1, 2, 3.</summary>
    private static SliderFigure ThreeFrames(int initial = 1, AxisScale yScale = AxisScale.Linear) => new(
        "Scaling with k",
        "Both curves grow with k.",
        new Axis("Time", "h"),
        new Axis("Level", "nM", yScale),
        "Gain k (fold)",
        new[] { 1.0, 2.0, 3.0 }.Select(k => new SliderFrame($"{k}", [
            new Series("line", Xs, Xs.Select(x => (k * x) + 1)),
            new Series("level", Xs, Xs.Select(_ => k)),
        ])),
        initial);

    private static JsonElement Json(SliderFigure figure) => JsonDocument.Parse(SliderFigureHtml.ToFigureJson(figure)).RootElement;

    [Fact]
    public void ToFigureJson_HasOneSliderStepPerFrame_AndShowsOnlyTheInitialFrame()
    {
        var json = Json(ThreeFrames(initial: 1));

        var data = json.GetProperty("data");
        Assert.Equal(6, data.GetArrayLength());
        Assert.Equal([false, false, true, true, false, false], data.EnumerateArray().Select(t => t.GetProperty("visible").GetBoolean()));
        var slider = Assert.Single(json.GetProperty("layout").GetProperty("sliders").EnumerateArray());
        Assert.Equal(1, slider.GetProperty("active").GetInt32());
        Assert.Equal("Gain k (fold): ", slider.GetProperty("currentvalue").GetProperty("prefix").GetString());
        var steps = slider.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(["1", "2", "3"], steps.Select(s => s.GetProperty("label").GetString()));
        Assert.All(steps, s => Assert.Equal("restyle", s.GetProperty("method").GetString()));
        // Step 3 shows the third frame's two traces and hides the rest.
        Assert.Equal([false, false, false, false, true, true], steps[2].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()));
    }

    [Fact]
    public void ToFigureJson_StylesASeriesIndexTheSameInEveryFrame_WithTheColourBlindSafePalette()
    {
        var data = Json(ThreeFrames()).GetProperty("data").EnumerateArray().ToArray();

        var colours = data.Select(t => t.GetProperty("line").GetProperty("color").GetString()).ToArray();
        var dashes = data.Select(t => t.GetProperty("line").GetProperty("dash").GetString()).ToArray();
        Assert.Equal(["rgba(0, 114, 178, 1.0)", "rgba(230, 159, 0, 1.0)"], colours.Distinct());
        Assert.Equal(colours[0], colours[2]);
        Assert.Equal(colours[1], colours[5]);
        Assert.NotEqual(dashes[0], dashes[1]);
        Assert.Equal(dashes[1], dashes[3]);
    }

    [Fact]
    public void ToFigureJson_FixesTheAxisRanges_ToCoverEveryFrame()
    {
        var layout = Json(ThreeFrames()).GetProperty("layout");

        var y = layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(0, y[0]); // all values ≥ 0: the axis starts at zero
        Assert.Equal(10 + (0.05 * 10), y[1], 9); // the largest value, 3·3 + 1 = 10, plus 5% of the span
        Assert.False(layout.GetProperty("yaxis").GetProperty("autorange").GetBoolean());
        Assert.Equal("Level (nM)", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Time (h)", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void ToFigureJson_OnALogAxis_GivesTheRangeInLog10Units()
    {
        var range = Json(ThreeFrames(yScale: AxisScale.Log)).GetProperty("layout").GetProperty("yaxis").GetProperty("range")
            .EnumerateArray().Select(v => v.GetDouble()).ToArray();

        var span = Math.Log10(10) - Math.Log10(1);
        Assert.Equal(Math.Log10(1) - (0.05 * span), range[0], 9);
        Assert.Equal(Math.Log10(10) + (0.05 * span), range[1], 9);
    }

    [Fact]
    public void Render_SaysWhatTheSliderChanges_AndLoadsNothingFromTheNetwork()
    {
        var html = SliderFigureHtml.Render(ThreeFrames(), includePlotlyScript: false);

        Assert.Contains("Drag the slider under the chart to change Gain k (fold)", html, StringComparison.Ordinal);
        Assert.Contains($"class=\"{FigureHtml.FigureClass}\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.True(ChartRenderCheck.IsChart(html));
    }

    [Fact]
    public void FrameFigure_IsTheStaticChartOfOneFrame()
    {
        var figure = ThreeFrames().FrameFigure(2);

        Assert.Equal("Scaling with k (Gain k (fold) = 3)", figure.Title);
        Assert.Equal([1.0, 4, 7, 10], figure.Series[0].Y);
    }

    [Fact]
    public void Create_WithTooFewOrTooManyFrames_NamesFrames()
    {
        var frame = new SliderFrame("1", [new Series("s", [1.0], [1.0])]);

        Assert.Equal("frames", Assert.Throws<InvalidParameterException>(() => new SliderFigure("t", "d", new Axis("x", "h"), new Axis("y", "nM"), "p (u)", [frame])).ParamName);
        Assert.Equal("frames", Assert.Throws<InvalidParameterException>(() => new SliderFigure("t", "d", new Axis("x", "h"), new Axis("y", "nM"), "p (u)", Enumerable.Repeat(frame, SliderFigure.MaxFrames + 1))).ParamName);
        Assert.Equal("parameter", Assert.Throws<InvalidParameterException>(() => new SliderFigure("t", "d", new Axis("x", "h"), new Axis("y", "nM"), " ", [frame, frame])).ParamName);
        Assert.Equal("series", Assert.Throws<InvalidParameterException>(() => new SliderFrame("empty", [])).ParamName);
    }

    [Fact]
    public void Create_WithAValueALogAxisCannotShow_NamesTheFrame()
    {
        var bad = new SliderFrame("k = 0", [new Series("s", [1.0, 2.0], [0.0, 1.0])]);
        var good = new SliderFrame("k = 1", [new Series("s", [1.0, 2.0], [1.0, 1.0])]);

        var error = Assert.Throws<InvalidParameterException>(() =>
            new SliderFigure("t", "d", new Axis("x", "h"), new Axis("y", "nM", AxisScale.Log), "k (fold)", [good, bad]));

        Assert.Contains("k = 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAnInitialFrameOutOfRange_NamesItAndTheRange() =>
        Gen.Int.Where(i => i is < 0 or > 2).Sample(i =>
        {
            var error = Assert.Throws<ParameterOutOfRangeException>(() => ThreeFrames(initial: i));
            Assert.Equal("initialFrame", error.ParamName);
            Assert.Contains("[0, 2]", error.Message, StringComparison.Ordinal);
        });

    [Fact]
    public void FrameFigure_WithAnIndexOutOfRange_NamesIt() =>
        Gen.Int.Where(i => i is < 0 or > 2).Sample(i =>
            Assert.Equal("index", Assert.Throws<ParameterOutOfRangeException>(() => ThreeFrames().FrameFigure(i)).ParamName));

    [Fact]
    public async Task Slider_ChangesTheVisibleCurves_InHeadlessChromium_WithNoKernel()
    {
        var browser = Browser.FindOrSkip();
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"neurobalance-slider-{Guid.NewGuid():N}.html"));
        await File.WriteAllTextAsync(file.FullName, $"<!DOCTYPE html><html><body>{ThreeFrames(initial: 0).ToHtml()}</body></html>", TestContext.Current.CancellationToken);
        var token = TestContext.Current.CancellationToken;
        var timeout = TimeSpan.FromMinutes(1);
        try
        {
            await using var page = await DevToolsPage.LaunchAsync(browser, 1000, 800, timeout, token);
            await page.NavigateAsync(new Uri(file.FullName), timeout, token);
            Assert.True(await page.WaitForAsync("document.querySelector('.neurobalance-plot g.slider-container') !== null", timeout, token), "no slider drawn");

            Assert.Equal("[true,true,false,false,false,false]", (await page.EvaluateAsync(SliderScripts.Visible(0), timeout, token))!.GetValue<string>());
            Assert.Equal(2, (await page.EvaluateAsync("document.querySelectorAll('.neurobalance-plot g.scatterlayer g.trace').length", timeout, token))!.GetValue<int>());

            await page.EvaluateAsync(SliderScripts.ClickFarEnd(0), timeout, token);

            Assert.True(await page.WaitForAsync($"{SliderScripts.Visible(0)} === '[false,false,false,false,true,true]'", timeout, token), "a click at the far end of the slider did not show the last frame");
            Assert.Empty(page.ConsoleErrors);
        }
        finally
        {
            file.Delete();
        }
    }
}

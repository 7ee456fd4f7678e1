using System.Text.Json;
using AngleSharp.Html.Parser;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Charts;

public sealed class FigureHtmlTests
{
    private static Figure TwoSiteFigure() => BindingCharts.OccupancyCurves(
        Concentration.FromNanomolar(0.1),
        Concentration.FromMicromolar(10),
        ReceptorBinding.FromKd("high", Concentration.FromNanomolar(4)),
        ReceptorBinding.FromKd("low", Concentration.FromNanomolar(90)));

    [Fact]
    public void ToFigureJson_HasTitleAxisTitlesWithUnitsLogAxisAndPalette()
    {
        using var json = JsonDocument.Parse(FigureHtml.ToFigureJson(TwoSiteFigure()));
        var layout = json.RootElement.GetProperty("layout");
        var data = json.RootElement.GetProperty("data");

        Assert.Equal("Binding-site occupancy against ligand concentration", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Free ligand concentration (nM)", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("Occupancy θ (fraction of sites)", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(2, data.GetArrayLength());
        // Okabe–Ito blue #0072B2 and orange #E69F00, as Plotly.NET writes them.
        Assert.Equal("rgba(0, 114, 178, 1.0)", data[0].GetProperty("line").GetProperty("color").GetString());
        Assert.Equal("rgba(230, 159, 0, 1.0)", data[1].GetProperty("line").GetProperty("color").GetString());
        Assert.NotEqual(data[0].GetProperty("line").GetProperty("dash").GetString(), data[1].GetProperty("line").GetProperty("dash").GetString());
    }

    [Fact]
    public void ToFigureJson_LogAxisOverDecades_TicksOnDecadesWithPlainNumbers()
    {
        // 0.1 nM to 10 µM: five decades. Without settings plotly.js may label a log axis "3 4 5 6 7 8 9 1 2".
        using var json = JsonDocument.Parse(FigureHtml.ToFigureJson(TwoSiteFigure()));
        var xaxis = json.RootElement.GetProperty("layout").GetProperty("xaxis");

        Assert.Equal("linear", xaxis.GetProperty("tickmode").GetString());
        Assert.Equal(0, xaxis.GetProperty("tick0").GetDouble());
        Assert.Equal(1, xaxis.GetProperty("dtick").GetDouble());
        Assert.Equal("none", xaxis.GetProperty("exponentformat").GetString());
        Assert.False(json.RootElement.GetProperty("layout").GetProperty("yaxis").TryGetProperty("dtick", out _));
    }

    [Fact]
    public void ToFigureJson_LogAxisUnderTwoDecades_TicksAtOneTwoFiveWithPlainLabels()
    {
        // A quarter to four times normal (the precursor chart of lesson 03): only the decade 1 is inside.
        double[] x = [0.25, 0.5, 1, 2, 4];
        var figure = new Figure("Narrow log axis", "A test figure.", new Axis("Blood precursor", "× normal", AxisScale.Log),
            new Axis("Value", "% of basal"), [new Series("line", x, [1, 2, 3, 4, 5])]);

        using var json = JsonDocument.Parse(FigureHtml.ToFigureJson(figure));
        var xaxis = json.RootElement.GetProperty("layout").GetProperty("xaxis");

        Assert.Equal("array", xaxis.GetProperty("tickmode").GetString());
        Assert.Equal([0.5, 1, 2], xaxis.GetProperty("tickvals").EnumerateArray().Select(v => v.GetDouble()).ToArray());
        Assert.Equal(["0.5", "1", "2"], xaxis.GetProperty("ticktext").EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    [Fact]
    public void SliderFigure_LogAxis_TicksOnDecades()
    {
        double[] x = [1, 10, 100, 1000];
        var figure = new SliderFigure("Slider on a log axis", "A test figure.", new Axis("Dose", "nM", AxisScale.Log), new Axis("Effect", "%"),
            "k (fold)", new[] { 1.0, 2.0 }.Select(k => new SliderFrame($"{k}", [new Series("line", x, x.Select(v => k * v))])));
        using var json = JsonDocument.Parse(SliderFigureHtml.ToFigureJson(figure));
        var xaxis = json.RootElement.GetProperty("layout").GetProperty("xaxis");

        Assert.Equal(1, xaxis.GetProperty("dtick").GetDouble());
        Assert.Equal("none", xaxis.GetProperty("exponentformat").GetString());
    }

    [Fact]
    public void Render_WithScript_InlinesPlotlyAndLoadsNothingFromTheNetwork()
    {
        var html = FigureHtml.Render(TwoSiteFigure(), includePlotlyScript: true);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script[src]"));
        var bundle = Assert.Single(document.QuerySelectorAll("script"), s => s.TextContent.Length > 1_000_000);
        Assert.Equal(PlotlyScript.CarrierType, bundle.GetAttribute("type"));
        var ours = html.Replace(bundle.TextContent, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.plot.ly", ours, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("require", ours, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Each curve crosses 0.5", document.QuerySelector("figure.neurobalance-figure figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("figure.neurobalance-figure div.neurobalance-plot[role=img][aria-label]"));
    }

    [Fact]
    public void Render_WithoutScript_IsSmallAndExplainsAMissingPlotly()
    {
        var html = FigureHtml.Render(TwoSiteFigure(), includePlotlyScript: false);

        Assert.True(html.Length < 50_000, $"expected a small fragment, got {html.Length} characters");
        Assert.Contains("no output of this page has it", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EscapesTextThatCouldBreakThePage()
    {
        var figure = new Figure("<b>t</b>", "a </script> b", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0], [1.0])]);
        var html = FigureHtml.Render(figure, includePlotlyScript: false);

        Assert.DoesNotContain("<b>t</b>", html, StringComparison.Ordinal);
        // Two scripts end where they should (the inert figure data and the draw script); no text ends one early.
        Assert.Equal(2, html.Split("</script>").Length - 1);
    }

    [Fact]
    public void OccupancyCurves_InvalidRange_Throws()
    {
        var site = ReceptorBinding.FromKd("s", Concentration.FromNanomolar(1));
        var zero = Assert.Throws<ParameterOutOfRangeException>(() => BindingCharts.OccupancyCurves(Concentration.Zero, Concentration.FromNanomolar(1), site));
        Assert.Equal("from", zero.ParamName);
        var reversed = Assert.Throws<ParameterOutOfRangeException>(() => BindingCharts.OccupancyCurves(Concentration.FromNanomolar(10), Concentration.FromNanomolar(1), site));
        Assert.Equal("to", reversed.ParamName);
        var points = Assert.Throws<ParameterOutOfRangeException>(() => BindingCharts.OccupancyCurves([site], Concentration.FromNanomolar(1), Concentration.FromNanomolar(10), points: 1));
        Assert.Equal("points", points.ParamName);
        Assert.Throws<InvalidParameterException>(() => BindingCharts.OccupancyCurves(Concentration.FromNanomolar(1), Concentration.FromNanomolar(10)));
    }

    [Fact]
    public void OccupancyCurves_CurvesFollowTheModelAtTheEnds()
    {
        var figure = TwoSiteFigure();
        var high = figure.Series[0];

        Assert.Equal(0.1, high.X[0], 12);
        Assert.Equal(10_000, high.X[^1], 9);
        Assert.Equal(0.1 / 4.1, high.Y[0], 12);
        Assert.Equal(10_000 / 10_004.0, high.Y[^1], 12);
    }
}

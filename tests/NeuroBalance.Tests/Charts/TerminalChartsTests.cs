using NeuroBalance.Charts;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Charts;

/// <summary>The model chart helpers: every figure has units, a description, and the numbers the models give.</summary>
public sealed class TerminalChartsTests
{
    public static TheoryData<string> Charts => ["firing", "buffering", "precursor", "ssri", "gaba", "gabaA", "hormone"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_HasTitleUnitsDescriptionAndFiniteSeries(string which)
    {
        var figure = Make(which);

        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
        Assert.True(figure.Description.Length > 40);
        Assert.Matches(@"\(.+\)$", figure.XAxis.Title);
        Assert.Matches(@"\(.+\)$", figure.YAxis.Title);
        Assert.NotEmpty(figure.Series);
        Assert.All(figure.Series, s => Assert.All(s.Y, y => Assert.True(double.IsFinite(y))));
        Assert.Contains("plotly", figure.ToHtml(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FiringResponse_ExtracellularLinePeaksNearThreeTimesBasal()
    {
        var figure = DopamineCharts.FiringResponse();
        var eda = figure.Series.Single(s => s.Name == "Extracellular DA");

        Assert.Equal(100, eda.Y[0], 1e-6);
        Assert.InRange(eda.Y.Max(), 270, 330);
    }

    [Fact]
    public void AutoreceptorBuffering_FeedbackCurveIsFlatter()
    {
        var figure = DopamineCharts.AutoreceptorBuffering(points: 5);
        double Span(string name) => figure.Series.Single(s => s.Name == name).Y.Max() / figure.Series.Single(s => s.Name == name).Y.Min();

        Assert.True(Span("Autoreceptors on") < Span("Autoreceptors off"));
    }

    [Fact]
    public void BadInput_ThrowsNamingTheParameter()
    {
        Assert.Equal("points", Assert.Throws<ParameterOutOfRangeException>(() => DopamineCharts.AutoreceptorBuffering(points: 1)).ParamName);
        Assert.Equal("maxLevel", Assert.Throws<ParameterOutOfRangeException>(() => HormoneCharts.TargetMultipliers(maxLevel: 0)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ParameterOutOfRangeException>(() => DopamineCharts.FiringResponse(Rate.FromPerSecond(500))).ParamName);
    }

    private static Figure Make(string which) => which switch
    {
        "firing" => DopamineCharts.FiringResponse(),
        "buffering" => DopamineCharts.AutoreceptorBuffering(points: 6),
        "precursor" => SerotoninCharts.PrecursorSensitivity(points: 5),
        "ssri" => SerotoninCharts.SsriResponse(),
        "gaba" => GabaCharts.Interventions(),
        "gabaA" => GabaCharts.GabaAResponse(),
        "hormone" => HormoneCharts.TargetMultipliers(Hormone.Estradiol),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };
}

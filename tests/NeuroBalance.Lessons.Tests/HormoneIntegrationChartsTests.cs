using NeuroBalance.Charts;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Lessons;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The chart helpers of lessons 07 and 08: units, descriptions, slider frames and the numbers the models give.</summary>
public sealed class HormoneIntegrationChartsTests
{
    public static TheoryData<string> Figures => ["cycle", "levers", "brake"];

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_HasTitleUnitsDescriptionAndFiniteSeries(string which)
    {
        var figure = which switch
        {
            "cycle" => HormoneScenarioCharts.CycleMultipliers(),
            "levers" => IntegrationCharts.Levers(5),
            _ => IntegrationCharts.SerotoninDopamineBrakeCurves(),
        };

        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
        Assert.True(figure.Description.Length > 40);
        Assert.Matches(@"\(.+\)$", figure.XAxis.Title);
        Assert.Matches(@"\(.+\)$", figure.YAxis.Title);
        Assert.NotEmpty(figure.Series);
        Assert.All(figure.Series, s => Assert.All(s.Y, y => Assert.True(double.IsFinite(y))));
    }

    [Fact]
    public void CycleMultipliers_MatchTheModelOnEveryDay()
    {
        var figure = HormoneScenarioCharts.CycleMultipliers(EffectEstimate.High, pointsPerDay: 1);
        var tph = figure.Series.Single(s => s.Name.StartsWith(ModulationTarget.Tph2Expression.DisplayName(), StringComparison.Ordinal));

        Assert.Equal(29, tph.X.Count);
        Assert.Equal(HormoneModulation.Multiplier(ModulationTarget.Tph2Expression, MenstrualCycle.StateOnDay(13), EffectEstimate.High), tph.Y[13], 12);
    }

    [Fact]
    public void AllopregnanoloneSlider_FramesShiftTheCurveLeft_AndStartAt100Nanomolar()
    {
        var slider = HormoneScenarioCharts.AllopregnanoloneSlider();

        Assert.Equal(7, slider.Frames.Count);
        Assert.Equal("100 nM", slider.Frames[slider.InitialFrame].Label);
        Assert.Contains("(nM)", slider.Parameter, StringComparison.Ordinal);
        double At1Micromolar(int frame) => slider.Frames[frame].Series[1].Y[40]; // 81 log-spaced points from 0.1 to 1000 µM: index 40 is 10 µM
        Assert.Equal(slider.Frames[0].Series[0].Y[40], At1Micromolar(0), 12);
        for (var i = 1; i < slider.Frames.Count; i++)
        {
            Assert.True(At1Micromolar(i) > At1Micromolar(i - 1));
        }

        Assert.Contains("slider", slider.ToHtml(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CapstoneStartWeek_OneFramePerStartWeek_OutputsMatchTheScenario()
    {
        var slider = IntegrationCharts.CapstoneStartWeek(HormoneScenario.Postpartum, Intervention.Ssri, weeks: 10, latestStart: 4);

        Assert.Equal(5, slider.Frames.Count);
        var output = slider.Frames[3].Series[0];
        var scenario = CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.Ssri, startWeek: 3);
        Assert.Equal(scenario.OutputAtWeek(output.X[^1]), output.Y[^1], 9);
        Assert.Equal(slider.Frames[0].Series[2].Y, slider.Frames[4].Series[2].Y);
    }

    [Fact]
    public void Levers_TryptophanMovesSerotoninMoreThanSert()
    {
        var figure = IntegrationCharts.Levers(3);
        double Span(int i) => figure.Series[i].Y.Max() / figure.Series[i].Y.Min();

        Assert.True(Span(0) > Span(2), $"tryptophan {Span(0)}, SERT {Span(2)}");
        Assert.All(figure.Series, s => Assert.Equal(1, s.Y[1], 6)); // k = 1 in the middle of 0.25, 1, 4
    }
}

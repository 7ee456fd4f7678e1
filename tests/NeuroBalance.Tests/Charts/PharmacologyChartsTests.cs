using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Charts;

public sealed class PharmacologyChartsTests
{
    private static readonly OperationalModel Agonist = OperationalModel.Create("5-HT", Concentration.FromNanomolar(100), 30);

    [Fact]
    public void ReceptorReserve_HasOneCurvePerFractionPlusOccupancy_AndUnits()
    {
        var figure = PharmacologyCharts.ReceptorReserve(Agonist, 1, 0.1);
        Assert.Equal(3, figure.Series.Count);
        Assert.Equal("Agonist concentration (nM)", figure.XAxis.Title);
        Assert.Equal(AxisScale.Log, figure.XAxis.Scale);
        Assert.All(figure.Series.SelectMany(s => s.Y), y => Assert.InRange(y, 0, 1));
        Assert.Contains("Black & Leff", figure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceptorReserve_BadInput_Throws()
    {
        Assert.Throws<InvalidParameterException>(() => PharmacologyCharts.ReceptorReserve(OperationalModel.Antagonist("B", Concentration.FromNanomolar(1))));
        Assert.Equal("receptorFractions", Assert.Throws<ParameterOutOfRangeException>(() => PharmacologyCharts.ReceptorReserve(Agonist, 0)).ParamName);
    }

    [Fact]
    public void SchildShift_CurvesShareTheMaximumAndShiftRight()
    {
        var antagonist = OperationalModel.Antagonist("ketanserin-like", Concentration.FromNanomolar(1));
        var figure = PharmacologyCharts.SchildShift(Agonist, antagonist, Concentration.FromNanomolar(10), Concentration.FromNanomolar(100));
        Assert.Equal(3, figure.Series.Count);
        var midIndex = figure.Series[0].X.Count / 2;
        Assert.True(figure.Series[0].Y[midIndex] > figure.Series[1].Y[midIndex] && figure.Series[1].Y[midIndex] > figure.Series[2].Y[midIndex]);
        Assert.Throws<InvalidParameterException>(() => PharmacologyCharts.SchildShift(Agonist, Agonist));
    }

    [Fact]
    public void D2Thresholds_DrawThreeHorizontalLines()
    {
        var figure = PharmacologyCharts.D2OccupancyWithThresholds("haloperidol-like", Concentration.FromNanomolar(1));
        Assert.Equal(4, figure.Series.Count);
        Assert.Equal([0.65, 0.65], figure.Series[1].Y);
        Assert.Contains("Kapur", figure.Description, StringComparison.Ordinal);
        Assert.Equal("drugName", Assert.Throws<InvalidParameterException>(() => PharmacologyCharts.D2OccupancyWithThresholds(" ", Concentration.FromNanomolar(1))).ParamName);
    }

    [Fact]
    public void EvokedDecay_WithBlocker_DecaysMoreSlowly()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        var blocker = ReceptorBinding.FromKd("cocaine-like blocker", Concentration.FromNanomolar(100));
        var figure = PharmacologyCharts.EvokedReleaseDecayCurve(dat, Concentration.FromNanomolar(500), Duration.FromMilliseconds(600), blocker, Concentration.FromNanomolar(300));
        Assert.Equal(2, figure.Series.Count);
        Assert.True(figure.Series[1].Y[50] > figure.Series[0].Y[50]);
        Assert.Equal("Time after release (ms)", figure.XAxis.Title);
    }

    [Fact]
    public void SsriAdaptation_PlotsThreeSeriesInDays()
    {
        var course = SsriDelayScenario.Simulate(ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value, Duration.FromWeeks(4), Duration.FromWeeks(2));
        var figure = PharmacologyCharts.SsriAdaptation(course);
        Assert.Equal(3, figure.Series.Count);
        Assert.Equal(42, figure.Series[0].X[^1], 9);
        Assert.Contains("illustrative", figure.Title, StringComparison.Ordinal);
        Assert.Throws<InvalidParameterException>(() => PharmacologyCharts.SsriAdaptation([]));
    }
}

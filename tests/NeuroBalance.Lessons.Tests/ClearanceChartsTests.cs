using CsCheck;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The lesson-05 clearance charts: saturation curves and the blocker slider; bad input (CsCheck).</summary>
public sealed class ClearanceChartsTests
{
    // Negative, NaN and infinite numbers (as QuantityGens.BadNumber in NeuroBalance.Tests).
    private static readonly Gen<double> BadNumber = Gen.OneOf(
        Gen.Double[-1e12, -1e-12],
        Gen.Const(-double.Epsilon),
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    private static readonly MichaelisMenten Dat = ClearanceParameters.DatBest2009.Value;
    private static readonly ReceptorBinding Blocker = ReceptorBinding.FromKd("blocker", Concentration.FromNanomolar(100));
    private static readonly Concentration[] Doses = [Concentration.Zero, Concentration.FromNanomolar(100), Concentration.FromNanomolar(1000)];

    [Fact]
    public void UptakeSaturation_OneCurvePerStep_HalfAtKm()
    {
        // Given
        var sert = ClearanceParameters.Sert(ConcentrationRate.FromMicromolarPerHour(250));

        // When
        var figure = ClearanceCharts.UptakeSaturation(Dat, sert);

        // Then
        Assert.Equal(2, figure.Series.Count);
        Assert.Equal(AxisScale.Log, figure.XAxis.Scale);
        Assert.Equal("Uptake rate (fraction of Vmax)", figure.YAxis.Title);
        Assert.All(figure.Series.SelectMany(s => s.Y), y => Assert.InRange(y, 0, 1));
        var dat = figure.Series[0];
        var nearKm = dat.X.Select((x, i) => (x, i)).MinBy(p => Math.Abs(Math.Log(p.x / Dat.Km.Nanomolar))).i;
        Assert.Equal(0.5, dat.Y[nearKm], 0.05);
    }

    [Fact]
    public void PulseTrain_BlockerLeavesSinglePeak_RaisesTrainPeak()
    {
        // Given DAT, 100 nM per pulse, 4 pulses at 15 Hz, the blocker at 300 nM
        var figure = ClearanceCharts.PulseTrain(Dat, Concentration.FromNanomolar(100), 4, 15, Duration.FromMilliseconds(800), Blocker, Concentration.FromNanomolar(300));

        // Then: four lines; the single pulse peaks at 100 nM with and without the blocker; the blocked train peaks higher
        Assert.Equal(4, figure.Series.Count);
        Assert.Equal(100, figure.Series[0].Y.Max(), 9);
        Assert.Equal(100, figure.Series[1].Y.Max(), 9);
        Assert.True(figure.Series[3].Y.Max() > 1.2 * figure.Series[2].Y.Max());
        Assert.Contains("+420%", figure.Description, StringComparison.Ordinal);
        Assert.Equal("pulses", Assert.Throws<ParameterOutOfRangeException>(() =>
            ClearanceCharts.PulseTrain(Dat, Concentration.FromNanomolar(100), 1, 15, Duration.FromMilliseconds(800), Blocker, Concentration.Zero)).ParamName);
    }

    [Fact]
    public void UptakeSaturation_ZeroCapacity_KeepsTheShape()
    {
        var figure = ClearanceCharts.UptakeSaturation(Dat.WithCapacity(0));

        Assert.All(figure.Series[0].Y, y => Assert.InRange(y, 0, 1));
        Assert.True(figure.Series[0].Y[^1] > 0.9);
    }

    [Fact]
    public void UptakeSaturation_NoOrTooManySteps_Throws()
    {
        Assert.Equal("steps", Assert.Throws<InvalidParameterException>(() => ClearanceCharts.UptakeSaturation()).ParamName);
        Assert.Equal("steps", Assert.Throws<InvalidParameterException>(() => ClearanceCharts.UptakeSaturation(Enumerable.Repeat(Dat, 9).ToArray())).ParamName);
        Assert.Equal("steps", Assert.Throws<InvalidParameterException>(() => ClearanceCharts.UptakeSaturation(Dat, null!)).ParamName);
    }

    [Fact]
    public void BlockerSlider_OneFramePerDose_BlockerNeverSpeedsClearance()
    {
        // When
        var slider = ClearanceCharts.BlockerSlider(Dat, Concentration.FromNanomolar(200), Duration.FromMilliseconds(600), Blocker, Doses);

        // Then
        Assert.Equal(3, slider.Frames.Count);
        Assert.Equal("Time after release (ms)", slider.XAxis.Title);
        Assert.All(slider.Frames, f =>
        {
            Assert.Equal(2, f.Series.Count);
            Assert.All(f.Series[0].Y.Zip(f.Series[1].Y), p => Assert.True(p.Second >= p.First - 1e-9));
        });
        Assert.Equal(slider.Frames[0].Series[0].Y, slider.Frames[0].Series[1].Y); // zero blocker = no blocker
        Assert.True(slider.Frames[2].Series[1].Y[^1] > slider.Frames[1].Series[1].Y[^1]); // more blocker, slower
    }

    [Fact]
    public void BlockerSlider_WrongFrameCount_ThrowsNamingTheList()
    {
        Assert.Equal("blockerConcentrations", Assert.Throws<InvalidParameterException>(() =>
            ClearanceCharts.BlockerSlider(Dat, Concentration.FromNanomolar(200), Duration.FromMilliseconds(600), Blocker, [Concentration.Zero])).ParamName);
        Assert.Equal("blockerConcentrations", Assert.Throws<InvalidParameterException>(() =>
            ClearanceCharts.BlockerSlider(Dat, Concentration.FromNanomolar(200), Duration.FromMilliseconds(600), Blocker, Enumerable.Repeat(Concentration.Zero, 31).ToArray())).ParamName);
    }

    [Fact]
    public void BlockerSlider_NonPositivePeakOrWindow_ThrowsNamingIt()
    {
        Assert.Equal("peak", Assert.Throws<ParameterOutOfRangeException>(() =>
            ClearanceCharts.BlockerSlider(Dat, Concentration.Zero, Duration.FromMilliseconds(600), Blocker, Doses)).ParamName);
        Assert.Equal("window", Assert.Throws<ParameterOutOfRangeException>(() =>
            ClearanceCharts.BlockerSlider(Dat, Concentration.FromNanomolar(200), Duration.Zero, Blocker, Doses)).ParamName);
    }

    [Fact]
    public void BlockerSlider_BadPeak_AlwaysThrowsNamingAParameter() =>
        // Any bad number is rejected, either by the quantity factory (its own parameter) or by the chart ("peak").
        BadNumber.Sample(x =>
        {
            var e = Record.Exception(() => ClearanceCharts.BlockerSlider(Dat, Concentration.FromNanomolar(x), Duration.FromMilliseconds(600), Blocker, Doses));
            Assert.False(string.IsNullOrEmpty(Assert.IsAssignableFrom<ArgumentOutOfRangeException>(e).ParamName));
        });

    [Fact]
    public void BlockerSlider_CooperativeBlocker_ThrowsNamingInhibitor() =>
        Assert.Equal("inhibitor", Assert.Throws<InvalidParameterException>(() =>
            ClearanceCharts.BlockerSlider(Dat, Concentration.FromNanomolar(200), Duration.FromMilliseconds(600), ReceptorBinding.WithHill("coop", Concentration.FromNanomolar(100), 2), Doses)).ParamName);
}

using CsCheck;
using NeuroBalance.Charts;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The lesson-06 charts: the TH-activity slider (feedback on and off) and receptor regulation; bad input (CsCheck).</summary>
public sealed class HomeostasisChartsTests
{
    // Negative, NaN and infinite numbers (as QuantityGens.BadNumber in NeuroBalance.Tests).
    private static readonly Gen<double> BadNumber = Gen.OneOf(
        Gen.Double[-1e12, -1e-12],
        Gen.Const(-double.Epsilon),
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    private static readonly ReceptorAdaptation Receptor = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value;

    // TH multipliers outside [0.01, 100].
    private static readonly Gen<double> BadScale = Gen.OneOf(BadNumber, Gen.Const(0.0), Gen.Double[0, 0.0099], Gen.Double[100.001, 1e9]);

    [Fact]
    public void ThActivitySlider_Default_StartsAtNormalTh_AndFeedbackDampsTheChange()
    {
        // When
        var slider = HomeostasisCharts.ThActivitySlider(duration: Duration.FromHours(24));

        // Then
        Assert.Equal(13, slider.Frames.Count);
        Assert.Equal(1.0, HomeostasisCharts.DefaultThScales[slider.InitialFrame]);
        Assert.All(slider.Frames[slider.InitialFrame].Series.SelectMany(s => s.Y), y => Assert.Equal(100, y, 0.5));
        var doubled = slider.Frames[Array.IndexOf(HomeostasisCharts.DefaultThScales.ToArray(), 2.0)];
        Assert.Equal(122.0, doubled.Series[0].Y[^1], 3.0); // with autoreceptors: about × 1.22 at 24 h
        Assert.True(doubled.Series[1].Y[^1] > doubled.Series[0].Y[^1]);
        Assert.Contains("10.1186/1742-4682-6-21", slider.Description, StringComparison.Ordinal);
        Assert.Contains(NeuroBalance.Content.KnowledgeBase.Default.References.Single(r => r.Id == "best2009").Citation.ToString(), slider.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ThActivitySlider_WrongFrameCount_ThrowsNamingThScales()
    {
        Assert.Equal("thScales", Assert.Throws<InvalidParameterException>(() => HomeostasisCharts.ThActivitySlider([1.0])).ParamName);
        Assert.Equal("thScales", Assert.Throws<InvalidParameterException>(() => HomeostasisCharts.ThActivitySlider(Enumerable.Repeat(1.0, 31).ToArray())).ParamName);
    }

    [Fact]
    public void ThActivitySlider_BadScale_ThrowsNamingThScales() =>
        BadScale.Sample(s => Assert.Equal("thScales", Assert.Throws<ParameterOutOfRangeException>(() => HomeostasisCharts.ThActivitySlider([1.0, s])).ParamName));

    [Fact]
    public void ReceptorRegulation_UnderStimulationUpRegulates_OverStimulationDownRegulates()
    {
        var figure = HomeostasisCharts.ReceptorRegulation(Receptor, Duration.FromWeeks(6), 0.5, 2);

        Assert.Equal(2, figure.Series.Count);
        Assert.Equal("Time after the change (days)", figure.XAxis.Title);
        Assert.True(figure.Series[0].Y[^1] > 1.5);
        Assert.True(figure.Series[1].Y[^1] < 0.6);
        Assert.Equal(42, figure.Series[0].X[^1], 1e-9);
    }

    [Fact]
    public void ReceptorRegulation_BadInput_ThrowsNamingIt()
    {
        Assert.Equal("duration", Assert.Throws<ParameterOutOfRangeException>(() => HomeostasisCharts.ReceptorRegulation(Receptor, Duration.Zero)).ParamName);
        Assert.Equal("stimulations", Assert.Throws<InvalidParameterException>(() => HomeostasisCharts.ReceptorRegulation(Receptor, Duration.FromDays(1), 1, 1, 1, 1, 1, 1, 1)).ParamName);
        Gen.OneOf(BadNumber, Gen.Double[1000.001, 1e9]).Sample(s =>
            Assert.Equal("stimulations", Assert.Throws<ParameterOutOfRangeException>(() => HomeostasisCharts.ReceptorRegulation(Receptor, Duration.FromDays(1), s)).ParamName));
    }
}

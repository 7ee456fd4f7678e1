using CsCheck;
using NeuroBalance.Charts;
using NeuroBalance.Lessons;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

public sealed class ReceptorChartsTests
{
    /// <summary>Numbers no parameter accepts: negative, NaN and infinite (as the core tests' QuantityGens.BadNumber).</summary>
    private static readonly Gen<double> BadNumber = Gen.OneOf(
        Gen.Double[-1e12, -1e-12],
        Gen.Const(-double.Epsilon),
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    private static readonly OperationalModel Agonist = OperationalModel.Create("5-HT", Concentration.FromNanomolar(100), 30);
    private static readonly OperationalModel Blocker = OperationalModel.Antagonist("blocker", Concentration.FromNanomolar(1));

    [Fact]
    public void ReserveSlider_LosingReceptors_ShiftsRightThenLowersTheTop()
    {
        // Given / When
        var figure = ReceptorCharts.ReserveSlider(Agonist);

        // Then
        Assert.Equal(ReceptorCharts.DefaultReceptorFractions.Count, figure.Frames.Count);
        Assert.Equal("100%", figure.Frames[0].Label);
        Assert.Equal(AxisScale.Log, figure.XAxis.Scale);
        var tops = figure.Frames.Select(f => f.Series[0].Y[^1]).ToArray();
        Assert.True(tops[0] > 0.95 && tops[^1] < 0.1);
        Assert.All(figure.Frames, f => Assert.Equal(figure.Frames[0].Series[1].Y, f.Series[1].Y)); // occupancy unchanged
        Assert.Contains("Black & Leff", figure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CompetitionSlider_AntagonistShiftsTheCurveRight()
    {
        var doses = new[] { Concentration.Zero, Concentration.FromNanomolar(10), Concentration.FromNanomolar(100) };
        var figure = ReceptorCharts.CompetitionSlider(Agonist, Blocker, doses);
        var mid = figure.Frames[0].Series[1].X.Count / 2;
        var atMid = figure.Frames.Select(f => f.Series[1].Y[mid]).ToArray();
        Assert.True(atMid[0] > atMid[1] && atMid[1] > atMid[2]);
        Assert.All(figure.Frames[0].Series[0].Y.Zip(figure.Frames[0].Series[1].Y), p => Assert.Equal(p.First, p.Second, 12)); // no antagonist: identical
        Assert.Contains("dose ratio 101", figure.Frames[2].Series[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_Throws_NamingTheParameter()
    {
        Assert.Equal("agonist", Assert.ThrowsAny<ArgumentNullException>(() => ReceptorCharts.ReserveSlider(null!)).ParamName);
        Assert.Throws<InvalidParameterException>(() => ReceptorCharts.ReserveSlider(Blocker));
        Assert.Equal("antagonist", Assert.ThrowsAny<ArgumentNullException>(() => ReceptorCharts.CompetitionSlider(Agonist, null!, [Concentration.Zero, Concentration.Zero])).ParamName);
        Assert.Equal("antagonistConcentrations", Assert.Throws<InvalidParameterException>(() => ReceptorCharts.CompetitionSlider(Agonist, Blocker, [Concentration.Zero])).ParamName);
        Gen.OneOf(BadNumber, Gen.Double[1.0001, 1e9], Gen.Const(0.0)).Sample(f =>
            Assert.Equal("receptorFractions", Assert.Throws<ParameterOutOfRangeException>(() => ReceptorCharts.ReserveSlider(Agonist, [1, f])).ParamName));
    }
}

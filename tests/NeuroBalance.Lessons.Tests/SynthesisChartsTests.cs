using CsCheck;
using NeuroBalance.Lessons;

namespace NeuroBalance.Lessons.Tests;

public sealed class SynthesisChartsTests
{
    /// <summary>Numbers no parameter accepts: negative, NaN and infinite (as the core tests' QuantityGens.BadNumber).</summary>
    private static readonly Gen<double> BadNumber = Gen.OneOf(
        Gen.Double[-1e12, -1e-12],
        Gen.Const(-double.Epsilon),
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    [Fact]
    public void SaturationByKm_HasOneFramePerFactor_FourSeries_AndStartsAtTheModelValue()
    {
        // Given / When
        var figure = SynthesisCharts.SaturationByKm();

        // Then
        Assert.Equal(9, figure.Frames.Count);
        Assert.Equal("×1", figure.Frames[figure.InitialFrame].Label);
        Assert.All(figure.Frames, f => Assert.Equal(4, f.Series.Count));
        Assert.All(figure.Frames.SelectMany(f => f.Series).SelectMany(s => s.Y), y => Assert.InRange(y, 0, 1));
        Assert.Equal("Substrate (tryptophan or tyrosine) (µM)", figure.XAxis.Title);
        Assert.Equal("Km (× model value)", figure.Parameter);

        // A higher Km lowers saturation at the same substrate.
        var low = figure.Frames[0].Series[0].Y[20];
        var high = figure.Frames[^1].Series[0].Y[20];
        Assert.True(low > high);
    }

    [Fact]
    public void OperatingPoints_TryptophanLineMovesMore_ThanTheTyrosineLine()
    {
        // Given / When
        var figure = SynthesisCharts.OperatingPoints([0.5, 1, 2]);

        // Then: the saturation at the operating point rises with tryptophan
        var tph = figure.Frames.Select(f => f.Series[2].Y[1]).ToArray();
        Assert.True(tph[0] < tph[1] && tph[1] < tph[2]);
        Assert.Contains("5-HT synthesis", figure.Frames[2].Series[2].Name, StringComparison.Ordinal);
        Assert.Matches("DA synthesis (9[5-9]|10[0-5])% of basal", figure.Frames[2].Series[3].Name); // about 100%
        Assert.Equal(1, figure.InitialFrame);
        Assert.Contains("Best", figure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void BadFactors_Throw_NamingTheParameter()
    {
        var bad = Gen.OneOf(BadNumber, Gen.Double[100.0001, 1e9], Gen.Double[0, 0.0099]);
        bad.Sample(f =>
        {
            Assert.Equal("kmFactors", Assert.Throws<ParameterOutOfRangeException>(() => SynthesisCharts.SaturationByKm([1, f])).ParamName);
            Assert.Equal("precursorFactors", Assert.Throws<ParameterOutOfRangeException>(() => SynthesisCharts.OperatingPoints([f, 1])).ParamName);
        }, iter: 50);
        Gen.Int[0, 40].Where(n => n is < 2 or > 30).Sample(n =>
            Assert.Equal("kmFactors", Assert.Throws<InvalidParameterException>(() => SynthesisCharts.SaturationByKm(Enumerable.Repeat(1.0, n).ToArray())).ParamName));
    }
}

using CsCheck;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Solvers;

/// <summary>Time series: interpolation, the unit-safe <see cref="Duration"/> lookup and bad input.</summary>
public sealed class TimeSeriesTests
{
    private static readonly TimeSeries Hours = new("x", "µM", "h", [0, 1, 2], [0, 10, 30]);

    [Fact]
    public void At_Duration_ConvertsToTheSeriesTimeUnit()
    {
        Assert.Equal(5, Hours.At(Duration.FromMinutes(30)), 12);
        Assert.Equal(20, Hours.At(Duration.FromHours(1.5)), 12);
        var seconds = new TimeSeries("x", "nM", "s", [0, 60], [0, 60]);
        Assert.Equal(30, seconds.At(Duration.FromSeconds(30)), 12);
    }

    [Fact]
    public void At_Duration_AgreesWithAtHours() =>
        Gen.Double[0, 2].Sample(h => Math.Abs(Hours.At(Duration.FromHours(h)) - Hours.At(h)) < 1e-9);

    [Fact]
    public void BadInput_IsRejected()
    {
        Assert.Equal("time", Assert.Throws<ParameterOutOfRangeException>(() => Hours.At(Duration.FromHours(3))).ParamName);
        Assert.Equal("time", Assert.Throws<ParameterOutOfRangeException>(() => Hours.At(double.NaN)).ParamName);
        Assert.Equal("times", Assert.Throws<InvalidParameterException>(() => new TimeSeries("x", "µM", "h", [], [])).ParamName);
        Assert.Equal("times", Assert.Throws<InvalidParameterException>(() => new TimeSeries("x", "µM", "h", [0, 2, 1], [0, 1, 2])).ParamName);
        Assert.Equal("times", Assert.Throws<InvalidParameterException>(() => new TimeSeries("x", "µM", "h", [0, double.NaN], [0, 1])).ParamName);
        Assert.Equal("time", Assert.Throws<InvalidParameterException>(() => new TimeSeries("x", "µM", "steps", [0, 1], [0, 1]).At(Duration.FromHours(0.5))).ParamName);
    }
}

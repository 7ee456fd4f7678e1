using CsCheck;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Quantities;

public sealed class RateTests
{
    public static TheoryData<string, double> Units => new()
    {
        { "perSecond", 1 }, { "perMinute", 1.0 / 60 }, { "perHour", 1.0 / 3600 }, { "perDay", 1.0 / 86_400 },
    };

    private static Rate From(string unit, double value) => unit switch
    {
        "perSecond" => Rate.FromPerSecond(value),
        "perMinute" => Rate.FromPerMinute(value),
        "perHour" => Rate.FromPerHour(value),
        _ => Rate.FromPerDay(value),
    };

    private static double In(string unit, Rate r) => unit switch
    {
        "perSecond" => r.PerSecond,
        "perMinute" => r.PerMinute,
        "perHour" => r.PerHour,
        _ => r.PerDay,
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Factory_RoundTripsThroughItsProperty(string unit, double perSecondPerUnit) =>
        FactoryProperties.RoundTrips(v => From(unit, v), r => In(unit, r), r => r.PerSecond, perSecondPerUnit, Rate.MaxPerSecond);

    [Theory]
    [MemberData(nameof(Units))]
    public void Factory_BadValue_ThrowsNamingTheParameter(string unit, double perSecondPerUnit) =>
        FactoryProperties.RejectsBadValues(v => From(unit, v), unit, perSecondPerUnit, Rate.MaxPerSecond);

    [Fact]
    public void HalfLife_RoundTrips() =>
        LogUniform(-6, 9).Sample(seconds =>
        {
            var halfLife = Duration.FromSeconds(seconds);
            return Close(seconds, Rate.FromHalfLife(halfLife).ToHalfLife().Seconds, 1e-12);
        });

    [Fact]
    public void TimeConstant_RoundTrips() =>
        LogUniform(-6, 9).Sample(seconds =>
            Close(seconds, Rate.FromTimeConstant(Duration.FromSeconds(seconds)).ToTimeConstant().Seconds, 1e-12));

    [Fact]
    public void FromHalfLife_IsLn2OverT()
    {
        // A 1 h half-life: k = ln 2 / 3600 s = 1.925e-4 /s = 0.6931 /h.
        var k = Rate.FromHalfLife(Duration.FromHours(1));
        Assert.Equal(Math.Log(2), k.PerHour, 12);
        Assert.Equal(0.5, k.FractionRemainingAfter(Duration.FromHours(1)), 12);
        Assert.Equal(0.25, k.FractionRemainingAfter(Duration.FromHours(2)), 12);
    }

    [Fact]
    public void FromHalfLife_Zero_ThrowsNamingHalfLife() =>
        Assert.Equal("halfLife", Assert.Throws<ParameterOutOfRangeException>(() => Rate.FromHalfLife(Duration.Zero)).ParamName);

    [Fact]
    public void FromTimeConstant_Zero_ThrowsNamingTimeConstant() =>
        Assert.Equal("timeConstant", Assert.Throws<ParameterOutOfRangeException>(() => Rate.FromTimeConstant(Duration.Zero)).ParamName);

    [Fact]
    public void ToHalfLife_ZeroRate_ThrowsSayingTooSlow()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Rate.Zero.ToHalfLife());
        Assert.Equal("rate", e.ParamName);
        Assert.Contains("too slow", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10.8, "10.8 /s")]
    [InlineData(0, "0 /s")]
    [InlineData(0.05, "3 /min")]
    [InlineData(1.0 / 3600, "1 /h")]
    [InlineData(1.0 / 86_400, "1 /day")]
    public void ToString_PicksReadableUnit(double perSecond, string expected) =>
        Assert.Equal(expected, Rate.FromPerSecond(perSecond).ToString());

    [Fact]
    public void ToString_UnknownFormat_Throws() =>
        Assert.Throws<FormatException>(() => Rate.FromPerSecond(1).ToString("Hz", null));

    [Fact]
    public void Arithmetic_KeepsUnits()
    {
        var a = Rate.FromPerHour(2);
        var b = Rate.FromPerHour(1);
        Assert.Equal(3, (a + b).PerHour, 12);
        Assert.Equal(4, (a * 2).PerHour, 12);
        Assert.Equal(2, a / b, 12);
        Assert.Equal(4, a * Duration.FromHours(2), 12);
        Assert.True(b < a && a > b && a >= b && b <= a && !(a < b));
    }
}

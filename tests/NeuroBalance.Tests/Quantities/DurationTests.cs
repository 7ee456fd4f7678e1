using CsCheck;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Quantities;

public sealed class DurationTests
{
    // One factory per unit, its name (the parameter name in errors) and the seconds per unit.
    public static TheoryData<string, double> Units => new()
    {
        { "milliseconds", 1e-3 }, { "seconds", 1 }, { "minutes", 60 }, { "hours", 3600 }, { "days", 86_400 }, { "weeks", 604_800 },
    };

    private static Duration From(string unit, double value) => unit switch
    {
        "milliseconds" => Duration.FromMilliseconds(value),
        "seconds" => Duration.FromSeconds(value),
        "minutes" => Duration.FromMinutes(value),
        "hours" => Duration.FromHours(value),
        "days" => Duration.FromDays(value),
        _ => Duration.FromWeeks(value),
    };

    private static double In(string unit, Duration d) => unit switch
    {
        "milliseconds" => d.Milliseconds,
        "seconds" => d.Seconds,
        "minutes" => d.Minutes,
        "hours" => d.Hours,
        "days" => d.Days,
        _ => d.Weeks,
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Factory_RoundTripsThroughItsProperty(string unit, double secondsPerUnit) =>
        FactoryProperties.RoundTrips(v => From(unit, v), d => In(unit, d), d => d.Seconds, secondsPerUnit, Duration.MaxSeconds);

    [Theory]
    [MemberData(nameof(Units))]
    public void Factory_BadValue_ThrowsNamingTheParameter(string unit, double secondsPerUnit) =>
        FactoryProperties.RejectsBadValues(v => From(unit, v), unit, secondsPerUnit, Duration.MaxSeconds);

    [Fact]
    public void FromSeconds_Negative_MessageGivesRangeAndUnit()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Duration.FromSeconds(-1));
        Assert.Contains("[0, 1E+10] s, but was -1 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsZero() => Assert.Equal(0, default(Duration).Seconds);

    [Theory]
    [InlineData(0.064, "64 ms")]
    [InlineData(0, "0 ms")]
    [InlineData(1.5, "1.5 s")]
    [InlineData(90, "1.5 min")]
    [InlineData(9 * 3600, "9 h")]
    [InlineData(86_400, "1 day")]
    [InlineData(21 * 86_400, "21 days")]
    public void ToString_PicksReadableUnit(double seconds, string expected) =>
        Assert.Equal(expected, Duration.FromSeconds(seconds).ToString());

    [Theory]
    [InlineData("ms", "1.512E+09 ms")]
    [InlineData("h", "420 h")]
    [InlineData("d", "17.5 days")]
    [InlineData("wk", "2.5 weeks")]
    public void ToString_WithFormat_UsesThatUnit(string format, string expected) =>
        Assert.Equal(expected, Duration.FromWeeks(2.5).ToString(format, null));

    [Fact]
    public void ToString_UnknownFormat_Throws() =>
        Assert.Throws<FormatException>(() => Duration.FromSeconds(1).ToString("fortnight", null));

    [Fact]
    public void Arithmetic_KeepsUnits()
    {
        var a = Duration.FromMinutes(3);
        var b = Duration.FromSeconds(60);

        Assert.Equal(Duration.FromMinutes(4), a + b);
        Assert.Equal(Duration.FromMinutes(2), a - b);
        Assert.Equal(Duration.FromMinutes(6), a * 2);
        Assert.Equal(3, a / b, 12);
        Assert.True(b < a && a > b && a >= b && b <= a && !(a < b));
    }

    [Fact]
    public void Subtract_Longer_ThrowsNamingRight()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Duration.FromSeconds(1) - Duration.FromSeconds(2));
        Assert.Equal("right", e.ParamName);
    }

    [Fact]
    public void Divide_ByZero_ThrowsNamingRight() =>
        Assert.Equal("right", Assert.Throws<ParameterOutOfRangeException>(() => Duration.FromSeconds(1) / Duration.Zero).ParamName);

    [Fact]
    public void Ordering_FollowsSeconds() =>
        Gen.Select(LogUniform(-3, 9), LogUniform(-3, 9)).Sample((x, y) =>
            Duration.FromSeconds(x).CompareTo(Duration.FromSeconds(y)) == x.CompareTo(y));
}

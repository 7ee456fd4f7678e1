using CsCheck;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Quantities;

public sealed class ConcentrationRateTests
{
    public static TheoryData<string, double> Units => new()
    {
        { "nanomolarPerSecond", 1 }, { "nanomolarPerMinute", 1.0 / 60 }, { "nanomolarPerHour", 1.0 / 3600 },
        { "micromolarPerSecond", 1e3 }, { "micromolarPerMinute", 1e3 / 60 }, { "micromolarPerHour", 1e3 / 3600 },
    };

    private static ConcentrationRate From(string unit, double value) => unit switch
    {
        "nanomolarPerSecond" => ConcentrationRate.FromNanomolarPerSecond(value),
        "nanomolarPerMinute" => ConcentrationRate.FromNanomolarPerMinute(value),
        "nanomolarPerHour" => ConcentrationRate.FromNanomolarPerHour(value),
        "micromolarPerSecond" => ConcentrationRate.FromMicromolarPerSecond(value),
        "micromolarPerMinute" => ConcentrationRate.FromMicromolarPerMinute(value),
        _ => ConcentrationRate.FromMicromolarPerHour(value),
    };

    private static double In(string unit, ConcentrationRate v) => unit switch
    {
        "nanomolarPerSecond" => v.NanomolarPerSecond,
        "nanomolarPerMinute" => v.NanomolarPerMinute,
        "nanomolarPerHour" => v.NanomolarPerHour,
        "micromolarPerSecond" => v.MicromolarPerSecond,
        "micromolarPerMinute" => v.MicromolarPerMinute,
        _ => v.MicromolarPerHour,
    };

    // Ranges chosen so that every product and quotient stays inside the types' limits (≤ 1e9 nM/s).
    private static readonly Gen<Concentration> AnyConcentration = LogUniform(-3, 6).Select(Concentration.FromNanomolar);
    private static readonly Gen<Duration> AnyDuration = LogUniform(-3, 5).Select(Duration.FromSeconds);
    private static readonly Gen<Rate> AnyRate = LogUniform(-5, 3).Select(Rate.FromPerSecond);

    [Theory]
    [MemberData(nameof(Units))]
    public void Factory_RoundTripsThroughItsProperty(string unit, double nanomolarPerSecondPerUnit) =>
        FactoryProperties.RoundTrips(x => From(unit, x), v => In(unit, v), v => v.NanomolarPerSecond, nanomolarPerSecondPerUnit, ConcentrationRate.MaxNanomolarPerSecond);

    [Theory]
    [MemberData(nameof(Units))]
    public void Factory_BadValue_ThrowsNamingTheParameter(string unit, double nanomolarPerSecondPerUnit) =>
        FactoryProperties.RejectsBadValues(x => From(unit, x), unit, nanomolarPerSecondPerUnit, ConcentrationRate.MaxNanomolarPerSecond);

    [Fact]
    public void RateTimesDuration_IsConcentration_AndDividesBack() =>
        Gen.Select(AnyConcentration, AnyDuration).Sample((c, t) =>
        {
            var v = c / t;
            return Close(c.Nanomolar, (v * t).Nanomolar, 1e-12) && Close(c.Nanomolar, (t * v).Nanomolar, 1e-12);
        });

    [Fact]
    public void FirstOrderFlux_DividesBackToRateAndConcentration() =>
        Gen.Select(AnyRate, AnyConcentration).Sample((k, c) =>
        {
            var v = k * c;
            return Close(v.NanomolarPerSecond, (c * k).NanomolarPerSecond)
                && Close(k.PerSecond, (v / c).PerSecond, 1e-12)
                && Close(c.Nanomolar, (v / k).Nanomolar, 1e-12);
        });

    [Fact]
    public void ConcentrationOverRate_IsTheTimeItTakes()
    {
        // 4 µM/s (DAT Vmax, dorsal striatum) removes 1 µM in 0.25 s at saturation.
        var vmax = ConcentrationRate.FromMicromolarPerSecond(4);
        Assert.Equal(0.25, (Concentration.FromMicromolar(1) / vmax).Seconds, 12);
    }

    [Fact]
    public void VmaxOverKm_IsTheLowConcentrationClearanceRate()
    {
        // 4 µM/s / 0.2 µM = 20 /s.
        var k = ConcentrationRate.FromMicromolarPerSecond(4) / Concentration.FromMicromolar(0.2);
        Assert.Equal(20, k.PerSecond, 9);
    }

    [Fact]
    public void Divisions_ByZero_ThrowNamingTheDenominator()
    {
        var v = ConcentrationRate.FromNanomolarPerSecond(1);
        Assert.Equal("duration", Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(1) / Duration.Zero).ParamName);
        Assert.Equal("concentration", Assert.Throws<ParameterOutOfRangeException>(() => v / Concentration.Zero).ParamName);
        Assert.Equal("firstOrder", Assert.Throws<ParameterOutOfRangeException>(() => v / Rate.Zero).ParamName);
        Assert.Equal("rate", Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(1) / ConcentrationRate.Zero).ParamName);
        Assert.Equal("right", Assert.Throws<ParameterOutOfRangeException>(() => v / ConcentrationRate.Zero).ParamName);
    }

    [Theory]
    [InlineData(650, "650 nM/s")]
    [InlineData(4000, "4 µM/s")]
    [InlineData(2e6, "2 mM/s")]
    public void ToString_PicksReadableUnit(double nanomolarPerSecond, string expected) =>
        Assert.Equal(expected, ConcentrationRate.FromNanomolarPerSecond(nanomolarPerSecond).ToString());

    [Theory]
    [InlineData("uM/h", "4000 µM/h")]
    [InlineData("µM/min", "66.67 µM/min")]
    [InlineData("nM/s", "1111 nM/s")]
    [InlineData("mM/s", "0.001111 mM/s")]
    public void ToString_WithFormat_UsesThatUnit(string format, string expected) =>
        Assert.Equal(expected, ConcentrationRate.FromMicromolarPerHour(4000).ToString(format, null));

    [Theory]
    [InlineData("kg/s")]
    [InlineData("nM")]
    [InlineData("nM/day/s")]
    public void ToString_UnknownFormat_Throws(string format) =>
        Assert.Throws<FormatException>(() => ConcentrationRate.FromNanomolarPerSecond(1).ToString(format, null));

    [Fact]
    public void Arithmetic_KeepsUnits()
    {
        var a = ConcentrationRate.FromNanomolarPerSecond(30);
        var b = ConcentrationRate.FromNanomolarPerSecond(10);
        Assert.Equal(ConcentrationRate.FromNanomolarPerSecond(40), a + b);
        Assert.Equal(ConcentrationRate.FromNanomolarPerSecond(60), a * 2);
        Assert.Equal(3, a / b, 12);
        Assert.True(b < a && a > b && a >= b && b <= a && !(a < b));
    }

    [Fact]
    public void Products_BeyondTheLimit_Throw() =>
        Assert.Throws<ParameterOutOfRangeException>(() => ConcentrationRate.FromMicromolarPerSecond(1e7) * Duration.FromSeconds(10));
}

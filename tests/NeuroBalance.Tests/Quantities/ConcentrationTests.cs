using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Quantities;

public sealed class ConcentrationTests
{
    // Invalid inputs for every factory: below the range, not a number, and both infinities.
    public static TheoryData<double> InvalidValues => [-1e-12, -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    [Fact]
    public void Factories_ConvertBetweenUnits()
    {
        // Given / When
        var fromMicro = Concentration.FromMicromolar(2.5);
        var fromMilli = Concentration.FromMillimolar(1.1);

        // Then
        Assert.Equal(2500, fromMicro.Nanomolar, 9);
        Assert.Equal(2.5, fromMicro.Micromolar, 12);
        Assert.Equal(1.1e6, fromMilli.Nanomolar, 6);
        Assert.Equal(1.1, fromMilli.Millimolar, 12);
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Concentration.Zero, default);
        Assert.Equal(0, Concentration.Zero.Nanomolar);
    }

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void FromNanomolar_Invalid_ThrowsNamingParameterValueAndRange(double value)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(value));
        Assert.Equal("nanomolar", e.ParamName);
        Assert.Contains("[0, 1E+10] nM", e.Message, StringComparison.Ordinal);
        Assert.Contains("but was", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void FromMicromolar_Invalid_Throws(double value)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromMicromolar(value));
        Assert.Equal("micromolar", e.ParamName);
    }

    [Fact]
    public void FromMillimolar_AboveTenMolar_Throws()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromMillimolar(10_001));
        Assert.Equal("millimolar", e.ParamName);
        Assert.Contains("10001 mM", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12.5, "12.5 nM")]
    [InlineData(999, "999 nM")]
    [InlineData(1000, "1 µM")]
    [InlineData(3200, "3.2 µM")]
    [InlineData(1.1e6, "1.1 mM")]
    [InlineData(0.0001, "0.0001 nM")]
    public void ToString_PicksReadableUnit(double nanomolar, string expected) =>
        Assert.Equal(expected, Concentration.FromNanomolar(nanomolar).ToString());

    [Theory]
    [InlineData("nM", "2500 nM")]
    [InlineData("uM", "2.5 µM")]
    [InlineData("µM", "2.5 µM")]
    [InlineData("mM", "0.0025 mM")]
    public void ToString_WithFormat_UsesThatUnit(string format, string expected) =>
        Assert.Equal(expected, Concentration.FromNanomolar(2500).ToString(format, null));

    [Fact]
    public void ToString_UnknownFormat_Throws() =>
        Assert.Throws<FormatException>(() => Concentration.FromNanomolar(1).ToString("kg", null));

    [Fact]
    public void EqualityAndOrdering_FollowTheNanomolarValue()
    {
        var low = Concentration.FromNanomolar(10);
        var same = Concentration.FromMicromolar(0.01);
        var high = Concentration.FromNanomolar(11);

        Assert.Equal(low, same);
        Assert.True(low == same);
        Assert.Equal(low.GetHashCode(), same.GetHashCode());
        Assert.True(low < high && high > low && low <= same && low >= same);
        Assert.Equal(-1, low.CompareTo(high));
        Assert.Equal(0, low.CompareTo(same));
    }

    [Fact]
    public void Arithmetic_KeepsUnits()
    {
        var a = Concentration.FromNanomolar(30);
        var b = Concentration.FromNanomolar(10);

        Assert.Equal(Concentration.FromNanomolar(40), a + b);
        Assert.Equal(Concentration.FromNanomolar(60), a * 2);
        Assert.Equal(3, a / b, 12);
    }

    [Fact]
    public void Divide_ByZero_ThrowsNamingTheDenominator()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(1) / Concentration.Zero);
        Assert.Equal("right", e.ParamName);
    }

    [Fact]
    public void Multiply_NegativeFactor_Throws()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(1) * -2);
        Assert.Equal("factor", e.ParamName);
    }
}

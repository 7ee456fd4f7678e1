using CsCheck;
using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

public sealed class ToleranceTests
{
    [Fact]
    public void Accepts_WithinRelative_ButNotBeyond()
    {
        var tolerance = Tolerance.RelativeOf(0.02);

        Assert.True(tolerance.Accepts(102, 100));
        Assert.True(tolerance.Accepts(98, 100));
        Assert.False(tolerance.Accepts(102.1, 100));
    }

    [Fact]
    public void Accepts_NeverNaNOrInfinity()
    {
        var generous = Tolerance.RelativeOf(1).OrAbsolute(double.MaxValue);

        Assert.False(generous.Accepts(double.NaN, 1));
        Assert.False(generous.Accepts(double.PositiveInfinity, 1));
        Assert.False(generous.Accepts(1, double.NaN));
    }

    [Fact]
    public void Accepts_InsideTheLargerOfAbsoluteAndRelative_RejectsOutside()
    {
        Gen.Select(Gen.Double[-1e6, 1e6], Gen.Double[0, 1], Gen.Double[0, 100], Gen.Double[-0.99, 0.99]).Sample((expected, relative, absolute, share) =>
        {
            var tolerance = Tolerance.RelativeOf(relative).OrAbsolute(absolute);
            var allowed = Math.Max(absolute, relative * Math.Abs(expected));

            Assert.True(tolerance.Accepts(expected + (share * allowed), expected));
            Assert.False(tolerance.Accepts(expected + ((share >= 0 ? 1 : -1) * ((1.01 * allowed) + 1e-6)), expected));
        });
    }

    [Fact]
    public void Accepts_IsSymmetricAroundTheExpectedValue_ForAbsoluteTolerance()
    {
        Gen.Select(Gen.Double[-1e6, 1e6], Gen.Double[0, 10], Gen.Double[0, 20]).Sample((expected, absolute, offset) =>
        {
            var tolerance = Tolerance.AbsoluteOf(absolute);
            Assert.Equal(tolerance.Accepts(expected + offset, expected), tolerance.Accepts(expected - offset, expected));
        });
    }

    public static TheoryData<double> BadFractions => new() { -0.01, 1.01, double.NaN, double.PositiveInfinity };

    [Theory]
    [MemberData(nameof(BadFractions))]
    public void RelativeOf_OutsideZeroToOne_Throws(double fraction)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Tolerance.RelativeOf(fraction));
        Assert.Equal("fraction", e.ParamName);
    }

    [Fact]
    public void RelativeOf_AnyValueOutsideZeroToOne_ThrowsNamingIt()
    {
        Gen.Double.Where(d => !(d >= 0 && d <= 1)).Sample(fraction =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => Tolerance.RelativeOf(fraction));
            Assert.Equal("fraction", e.ParamName);
            Assert.Contains("[0, 1]", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AbsoluteOf_Negative_Throws()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Tolerance.AbsoluteOf(-1));
        Assert.Equal("amount", e.ParamName);
    }

    [Fact]
    public void Describe_SaysBothParts()
    {
        Assert.Equal("within ±2% or ±0.5 nM", Tolerance.RelativeOf(0.02).OrAbsolute(0.5).Describe("nM"));
        Assert.Equal("exactly", default(Tolerance).Describe(""));
    }
}

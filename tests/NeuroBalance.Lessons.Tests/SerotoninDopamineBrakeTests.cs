using CsCheck;
using NeuroBalance.Lessons;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The illustrative 5-HT2C brake: 1 at baseline, falls as 5-HT rises, closed form.</summary>
public sealed class SerotoninDopamineBrakeTests
{
    [Fact]
    public void AtBaseline_IsOne_ForAnyParameters() =>
        Gen.Select(Gen.Double[0, 0.95], Gen.Double[0.01, 100]).Sample((imax, k) =>
            Assert.Equal(1, SerotoninDopamineBrake.DopamineReleaseFactor(1, imax, k), 12));

    [Fact]
    public void ThreeFoldSerotonin_DefaultParameters_IsFiveSixths() =>
        Assert.Equal(0.625 / 0.75, SerotoninDopamineBrake.DopamineReleaseFactor(3), 12);

    [Fact]
    public void FallsAsSerotoninRises() =>
        Gen.Select(Gen.Double[0, 50], Gen.Double[0.001, 50], Gen.Double[0.01, 0.95]).Sample((s, ds, imax) =>
            Assert.True(SerotoninDopamineBrake.DopamineReleaseFactor(s + ds, imax) < SerotoninDopamineBrake.DopamineReleaseFactor(s, imax)));

    [Fact]
    public void Source_IsTheReview() => Assert.Equal("10.1016/j.pneurobio.2016.03.004", SerotoninDopamineBrake.Source.Doi);
}

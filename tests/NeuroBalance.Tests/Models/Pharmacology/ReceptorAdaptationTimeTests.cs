using CsCheck;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Pharmacology;

/// <summary><see cref="ReceptorAdaptation.TimeToRegulate"/>: closed form, agreement with <see cref="ReceptorAdaptation.Advance"/>, bad input (CsCheck).</summary>
public sealed class ReceptorAdaptationTimeTests
{
    private static readonly ReceptorAdaptation Receptor = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value;

    [Fact]
    public void TimeToRegulate_NinetyFivePercent_IsTauTimesLnTwenty() =>
        Assert.Equal(7 * Math.Log(20), Receptor.TimeToRegulate(0.95).Days, 1e-9);

    [Fact]
    public void TimeToRegulate_AdvancingThatLong_CompletesThatFractionOfTheDensityChange() =>
        Gen.Select(Gen.Double[0.01, 0.99], Gen.Double[0.05, 20]).Sample((fraction, stimulation) =>
        {
            var target = Receptor.SteadyStateAt(stimulation).Density;
            var after = Receptor.Advance(AdaptationState.Baseline, stimulation, Receptor.TimeToRegulate(fraction)).Density;
            var done = target == 1 ? fraction : (after - 1) / (target - 1);
            return Math.Abs(done - fraction) <= 1e-9;
        });

    [Fact]
    public void TimeToRegulate_FractionOutsideOpenUnitInterval_ThrowsNamingFraction() =>
        Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity),
                  Gen.Double[-1e9, -1e-12], Gen.Double[1, 1e9]).Sample(f =>
            Assert.Equal("fraction", Assert.Throws<ParameterOutOfRangeException>(() => Receptor.TimeToRegulate(f)).ParamName));
}

using CsCheck;
using NeuroBalance.Models.Transport;
using NeuroBalance.Science;

namespace NeuroBalance.Tests.Models.Transport;

/// <summary>
/// The MAO isoform layer: remaining = f_A·(1 − i_A) + (1 − f_A)·(1 − i_B), its bounds and monotonicity,
/// the sourced default shares, and bad input for every public parameter (CsCheck).
/// </summary>
public sealed class MaoRemainingActivityTests
{
    private static readonly Gen<double> Fraction = Gen.Frequency((1, Gen.Const(0.0)), (1, Gen.Const(1.0)), (8, Gen.Double[0, 1]));

    // Anything outside [0, 1]: not finite, slightly or far below 0, slightly or far above 1.
    internal static readonly Gen<double> OutOfUnitRange = Gen.OneOf(
        Gen.Const(double.NaN),
        Gen.Const(double.PositiveInfinity),
        Gen.Const(double.NegativeInfinity),
        Gen.Double[1e-12, 1e6].Select(d => -d),
        Gen.Double[1e-12, 1e6].Select(d => 1 + d));

    // (what, call with the bad value, parameter name); the other arguments are valid.
    private static readonly Dictionary<string, (Action<double> Call, string Param)> BadInputCases = new()
    {
        ["RemainingActivity fractionA"] = (x => MonoamineOxidase.RemainingActivity(x, 0.5, 0.5), "fractionA"),
        ["RemainingActivity maoAInhibition"] = (x => MonoamineOxidase.RemainingActivity(0.5, x, 0.5), "maoAInhibition"),
        ["RemainingActivity maoBInhibition"] = (x => MonoamineOxidase.RemainingActivity(0.5, 0.5, x), "maoBInhibition"),
        ["FromMaoAFraction"] = (x => MaoSubstrateShare.FromMaoAFraction(x), "fractionA"),
        ["share.RemainingActivity maoAInhibition"] = (x => MaoSubstrateShare.FromMaoAFraction(0.5).RemainingActivity(x, 0), "maoAInhibition"),
        ["share.RemainingActivity maoBInhibition"] = (x => MaoSubstrateShare.FromMaoAFraction(0.5).RemainingActivity(0, x), "maoBInhibition"),
    };

    public static TheoryData<string> BadInputCaseNames => new(BadInputCases.Keys);

    public static TheoryData<string, Sourced<MaoSubstrateShare>> DefaultShares => new()
    {
        { nameof(MonoamineOxidase.Serotonin), MonoamineOxidase.Serotonin },
        { nameof(MonoamineOxidase.Norepinephrine), MonoamineOxidase.Norepinephrine },
        { nameof(MonoamineOxidase.Phenylethylamine), MonoamineOxidase.Phenylethylamine },
        { nameof(MonoamineOxidase.Tyramine), MonoamineOxidase.Tyramine },
        { nameof(MonoamineOxidase.DopamineRodentStriatum), MonoamineOxidase.DopamineRodentStriatum },
        { nameof(MonoamineOxidase.DopamineHumanBasalGanglia), MonoamineOxidase.DopamineHumanBasalGanglia },
    };

    [Theory]
    [InlineData(0.9, 0, 0, 1)] // no inhibitor: all activity left
    [InlineData(0.9, 1, 0, 0.1)] // full MAO-A block leaves the MAO-B part
    [InlineData(0.9, 0, 1, 0.9)] // full MAO-B block leaves the MAO-A part
    [InlineData(0.3, 0.5, 0.5, 0.5)] // equal inhibition of both: 1 − i, whatever the share
    [InlineData(0.3, 0.8, 0.2, 0.3 * 0.2 + 0.7 * 0.8)]
    [InlineData(1, 0.25, 1, 0.75)] // all-MAO-A substrate ignores MAO-B inhibition
    public void RemainingActivity_KnownValues(double fractionA, double maoA, double maoB, double expected)
    {
        // When
        var remaining = MonoamineOxidase.RemainingActivity(fractionA, maoA, maoB);

        // Then
        Assert.Equal(expected, remaining, 1e-12);
    }

    [Fact]
    public void RemainingActivity_EqualsOneMinusTheInhibitedShares() =>
        Gen.Select(Fraction, Fraction, Fraction).Sample((f, a, b) =>
            Math.Abs(MonoamineOxidase.RemainingActivity(f, a, b) - (1 - (f * a) - ((1 - f) * b))) <= 1e-12);

    [Fact]
    public void RemainingActivity_IsBetweenZeroAndOne() =>
        Gen.Select(Fraction, Fraction, Fraction).Sample((f, a, b) => MonoamineOxidase.RemainingActivity(f, a, b) is >= 0 and <= 1);

    [Fact]
    public void RemainingActivity_MoreInhibitionOfEitherIsoform_NeverRaisesIt() =>
        Gen.Select(Fraction, Fraction, Fraction, Fraction, Fraction).Sample((f, a1, a2, b1, b2) =>
        {
            var (aLow, aHigh) = a1 <= a2 ? (a1, a2) : (a2, a1);
            var (bLow, bHigh) = b1 <= b2 ? (b1, b2) : (b2, b1);
            var baseline = MonoamineOxidase.RemainingActivity(f, aLow, bLow);
            return MonoamineOxidase.RemainingActivity(f, aHigh, bLow) <= baseline
                && MonoamineOxidase.RemainingActivity(f, aLow, bHigh) <= baseline
                && MonoamineOxidase.RemainingActivity(f, aHigh, bHigh) <= baseline;
        });

    [Fact]
    public void RemainingActivity_BothFullyInhibited_IsZero_ForAnyShare() =>
        Fraction.Sample(f => MonoamineOxidase.RemainingActivity(f, 1, 1) == 0);

    [Fact]
    public void RemainingActivity_NoInhibition_IsOne_ForAnyShare() =>
        Fraction.Sample(f => MonoamineOxidase.RemainingActivity(f, 0, 0) == 1);

    [Fact]
    public void RemainingActivity_FullSelectiveBlock_LeavesTheOtherIsoformsShare() =>
        Fraction.Sample(f =>
        {
            var share = MaoSubstrateShare.FromMaoAFraction(f);
            return share.RemainingActivity(1, 0) == share.FractionB && share.RemainingActivity(0, 1) == share.FractionA;
        });

    [Fact]
    public void ShareRemainingActivity_MatchesTheStaticFormula() =>
        Gen.Select(Fraction, Fraction, Fraction).Sample((f, a, b) =>
            MaoSubstrateShare.FromMaoAFraction(f).RemainingActivity(a, b) == MonoamineOxidase.RemainingActivity(f, a, b));

    [Fact]
    public void FractionOf_GivesEachIsoformsShare_SummingToOne() =>
        Fraction.Sample(f =>
        {
            var share = MaoSubstrateShare.FromMaoAFraction(f);
            return share.FractionOf(MaoIsoform.A) == f && share.FractionOf(MaoIsoform.B) == share.FractionB && Math.Abs(share.FractionA + share.FractionB - 1) <= 1e-15;
        });

    [Fact]
    public void Default_IsAllMaoB()
    {
        Assert.Equal(MaoSubstrateShare.AllMaoB, default);
        Assert.Equal(1, MaoSubstrateShare.AllMaoA.FractionA);
    }

    [Fact]
    public void ToString_ShowsBothPercentages() =>
        Assert.Equal("MAO-A 90% / MAO-B 10%", MaoSubstrateShare.FromMaoAFraction(0.9).ToString());

    [Theory]
    [MemberData(nameof(DefaultShares))]
    public void DefaultShares_AreIllustrative_Cited_AndExplained(string name, Sourced<MaoSubstrateShare> share)
    {
        // Substrate preference is qualitative in the literature: every number is our choice and must say so.
        Assert.Equal(EvidenceLevel.Illustrative, share.Evidence);
        Assert.NotNull(share.Source.Doi);
        Assert.Contains("our choice", share.Note, StringComparison.Ordinal);
        Assert.InRange(share.Value.FractionA, 0, 1);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void DefaultShares_FollowTheQualitativePreferences()
    {
        // 5-HT and NE prefer MAO-A, phenylethylamine prefers MAO-B (Youdim et al. 2006);
        // dopamine is mostly MAO-A in rodent striatum but mostly MAO-B in human basal ganglia.
        Assert.True(MonoamineOxidase.Serotonin.Value.FractionA > 0.5);
        Assert.True(MonoamineOxidase.Norepinephrine.Value.FractionA > 0.5);
        Assert.True(MonoamineOxidase.Phenylethylamine.Value.FractionA < 0.5);
        Assert.True(MonoamineOxidase.DopamineRodentStriatum.Value.FractionA > 0.5);
        Assert.True(MonoamineOxidase.DopamineHumanBasalGanglia.Value.FractionA < 0.5);
    }

    [Theory]
    [MemberData(nameof(BadInputCaseNames))]
    public void BadValue_ThrowsNamingParameterValueAndRange(string what)
    {
        var (call, param) = BadInputCases[what];
        OutOfUnitRange.Sample(x =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => call(x));
            Assert.Equal(param, e.ParamName);
            Assert.Equal(x, (double)e.ActualValue!);
            Assert.Contains("[0, 1]", e.Message, StringComparison.Ordinal);
            Assert.Contains("but was", e.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(BadInputCaseNames))]
    public void InRangeValue_IsAccepted(string what) =>
        Fraction.Sample(x => BadInputCases[what].Call(x));

    [Fact]
    public void FractionOf_UnknownIsoform_ThrowsNamingIt() =>
        Gen.Int.Where(i => i is not 0 and not 1).Sample(i =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => MaoSubstrateShare.FromMaoAFraction(0.5).FractionOf((MaoIsoform)i));
            Assert.Equal("isoform", e.ParamName);
            Assert.Contains("MaoIsoform.A or MaoIsoform.B", e.Message, StringComparison.Ordinal);
        });
}

using CsCheck;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Terminals;

namespace NeuroBalance.Tests.Models.Hormones;

/// <summary>The hormone layer: documented directions, ranges, the reference state, and the apply API.</summary>
public sealed class HormoneModulationTests
{
    private static readonly Gen<HormoneState> AnyState =
        Gen.Select(Gen.Double[0, 100], Gen.Double[0, 100], Gen.Double[0, 100], Gen.Double[0, 100], Gen.Double[0, 100])
            .Select((e, p, a, t, t3) => new HormoneState(e, p, a, t, t3));

    [Fact]
    public void Multiplier_ReferenceState_IsOneForEveryTargetAndEstimate()
    {
        foreach (var target in Enum.GetValues<ModulationTarget>())
        {
            foreach (var estimate in Enum.GetValues<EffectEstimate>())
            {
                Assert.Equal(1.0, HormoneModulation.Multiplier(target, HormoneState.Reference, estimate), 12);
            }
        }
    }

    [Fact]
    public void Multiplier_IsPositiveAndFiniteForAnyState() =>
        Gen.Select(AnyState, Gen.Enum<ModulationTarget>(), Gen.Enum<EffectEstimate>()).Sample((state, target, estimate) =>
        {
            var m = HormoneModulation.Multiplier(target, state, estimate);
            return m > 0 && double.IsFinite(m);
        });

    [Fact]
    public void EstradiolWithdrawal_LowersTph2_AndRaises5Ht1aAndMaoA()
    {
        var postpartum = HormoneScenario.Postpartum.State;

        Assert.True(HormoneModulation.Multiplier(ModulationTarget.Tph2Expression, postpartum) < 1);
        Assert.True(HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, postpartum) > 1);
        Assert.True(HormoneModulation.Multiplier(ModulationTarget.MaoA, postpartum) > 1);
    }

    [Fact]
    public void AllopregnanoloneFall_LowersGabaASensitivity()
    {
        var before = HormoneModulation.Multiplier(ModulationTarget.GabaASensitivity, HormoneScenario.LatePregnancy.State);
        var after = HormoneModulation.Multiplier(ModulationTarget.GabaASensitivity, HormoneScenario.Postpartum.State);

        Assert.True(after < 1 && before > 1, $"pregnancy ×{before:F2}, postpartum ×{after:F2}");
    }

    [Fact]
    public void Thyroid_HypothyroidAndAugmentationMove5Ht1aInOppositeDirections()
    {
        Assert.True(HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State) > 1);
        Assert.True(HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.T3Augmentation.State) < 1);
    }

    [Fact]
    public void Effects_DisputedDirectionsAreRangesSpanningOne()
    {
        var sert = Assert.Single(HormoneModulation.EffectsOn(ModulationTarget.SertDensity));
        var th = Assert.Single(HormoneModulation.EffectsOn(ModulationTarget.ThExpression));

        Assert.Equal("depends on species/region", sert.Direction);
        Assert.Equal("depends on species/region", th.Direction);
    }

    [Fact]
    public void Effects_EveryEffectHasACitationOrSaysOneIsToBeAdded() =>
        Assert.All(HormoneModulation.Effects, e => Assert.True(e.Source is not null || e.Note.Contains("citation", StringComparison.OrdinalIgnoreCase), e.ToString()));

    [Fact]
    public void Effects_MultiplierIsTheFoldBetweenAbsentAndReference()
    {
        var effect = HormoneModulation.EffectsOn(ModulationTarget.Tph2Expression).First(e => e.Hormone == Hormone.Estradiol);

        // Then: reference ÷ absent = F, for each estimate
        foreach (var estimate in Enum.GetValues<EffectEstimate>())
        {
            Assert.Equal(effect.Fold(estimate), effect.MultiplierAt(1, estimate) / effect.MultiplierAt(0, estimate), 9);
        }
    }

    [Fact]
    public void ApplyTo_Postpartum_LowersSerotoninSynthesisAndExtracellularSerotonin()
    {
        var basalModel = SerotoninTerminal.Default;
        var postpartum = HormoneModulation.ApplyTo(basalModel, HormoneScenario.Postpartum.State);
        var basal = basalModel.SteadyState();
        var changed = postpartum.SteadyState();

        Assert.True(postpartum.SynthesisRate(changed) < basalModel.SynthesisRate(basal));
        Assert.True(changed.Micromolar(SerotoninTerminal.Eht) < basal.Micromolar(SerotoninTerminal.Eht));
    }

    [Fact]
    public void ApplyTo_ReferenceState_LeavesEveryModelUnchanged()
    {
        Assert.Equal(1.0, HormoneModulation.ApplyTo(SerotoninTerminal.Default, HormoneState.Reference).TphScale, 12);
        Assert.Equal(1.0, HormoneModulation.ApplyTo(DopamineTerminal.Default, HormoneState.Reference).ThScale, 12);
        Assert.Equal(1.0, HormoneModulation.ApplyTo(GabaTerminal.Default, HormoneState.Reference).GabaASensitivity, 12);
    }

    [Fact]
    public void BadInput_ThrowsNamingTheParameter()
    {
        Assert.Equal("Name", Assert.Throws<InvalidParameterException>(() => new HormoneScenario(" ", "d", HormoneState.Reference)).ParamName);
        Assert.Equal("State", Assert.ThrowsAny<ArgumentNullException>(() => new HormoneScenario("n", "d", null!)).ParamName);
        var unknown = Assert.Throws<InvalidParameterException>(() => HormoneState.Reference.Level((Hormone)99));
        Assert.Contains("Estradiol", unknown.Message);
        Assert.Contains("T3", Message(() => NeuroBalance.Charts.HormoneCharts.TargetMultipliers((Hormone)99)));
        Assert.Equal("estradiol", Assert.Throws<ParameterOutOfRangeException>(() => new HormoneState(estradiol: -1)).ParamName);
        Assert.Equal("t3", Assert.Throws<ParameterOutOfRangeException>(() => new HormoneState(t3: double.PositiveInfinity)).ParamName);
        Assert.Equal("level", Assert.Throws<ParameterOutOfRangeException>(() => HormoneModulation.Effects[0].MultiplierAt(double.NaN)).ParamName);
        Assert.Equal("name", Assert.Throws<InvalidParameterException>(() => HormoneScenario.Named("menopause 2")).ParamName);
        Assert.Equal("high", Assert.Throws<ParameterOutOfRangeException>(() => new HormoneEffect(Hormone.T3, ModulationTarget.MaoA, 2, 1, null, "x", NeuroBalance.Science.EvidenceLevel.Illustrative, "x")).ParamName);
    }

    private static string Message(Action action) => Assert.Throws<InvalidParameterException>(action).Message;
}

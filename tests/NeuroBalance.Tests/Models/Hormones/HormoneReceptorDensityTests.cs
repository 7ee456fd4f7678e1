using CsCheck;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Hormones;

/// <summary>The hormone layer's 5-HT2A and 5-HT1A density multipliers acting on receptors in the operational model.</summary>
public sealed class HormoneReceptorDensityTests
{
    // An illustrative 5-HT2A response: 5-HT Kd 1.3 nM (pKd 8.9, IUPHAR), little receptor reserve (τ = 2).
    private static readonly OperationalModel Cortical5Ht2a = OperationalModel.Create("5-HT2A (illustrative)", Concentration.FromNanomolar(1.3), tau: 2);

    private static readonly Gen<HormoneState> AnyState =
        Gen.Select(Gen.Double[0, 10], Gen.Double[0, 10], Gen.Double[0, 10], Gen.Double[0, 10], Gen.Double[0, 10])
            .Select((e, p, a, t, t3) => new HormoneState(e, p, a, t, t3));

    [Fact]
    public void ReferenceState_LeavesTheReceptorUnchanged()
    {
        var applied = HormoneModulation.ApplyTo(Cortical5Ht2a, ModulationTarget.Htr2aDensity, HormoneState.Reference);

        Assert.Equal(Cortical5Ht2a.Tau, applied.Tau, 12);
        Assert.Equal(Cortical5Ht2a.AgonistKd, applied.AgonistKd);
    }

    [Fact]
    public void EstradiolPeak_Raises5Ht2aDensity_SoTheSameSerotoninGivesMoreResponse()
    {
        var peak = HormoneModulation.ApplyTo(Cortical5Ht2a, ModulationTarget.Htr2aDensity, HormoneScenario.LateFollicular.State);
        var serotonin = Concentration.FromNanomolar(1.3);

        Assert.True(peak.Tau > Cortical5Ht2a.Tau, $"τ {peak.Tau} should exceed {Cortical5Ht2a.Tau}");
        Assert.True(peak.ResponseAt(serotonin) > Cortical5Ht2a.ResponseAt(serotonin));
        Assert.Equal(Cortical5Ht2a.AgonistKd, peak.AgonistKd); // expression changes efficacy, not affinity
    }

    [Fact]
    public void EstradiolWithdrawal_Raises5Ht1aDensity()
    {
        var receptor = OperationalModel.Create("5-HT1A (illustrative)", Concentration.FromNanomolar(3), tau: 5);

        var postpartum = HormoneModulation.ApplyTo(receptor, ModulationTarget.Htr1aDensity, HormoneScenario.Postpartum.State);

        Assert.True(postpartum.Tau > receptor.Tau);
    }

    [Fact]
    public void TauScalesByExactlyTheDocumentedMultiplier() =>
        Gen.Select(AnyState, Gen.Bool.Select(b => b ? ModulationTarget.Htr2aDensity : ModulationTarget.Htr1aDensity), Gen.Enum<EffectEstimate>()).Sample((state, target, estimate) =>
        {
            var applied = HormoneModulation.ApplyTo(Cortical5Ht2a, target, state, estimate);
            var expected = Cortical5Ht2a.Tau * HormoneModulation.Multiplier(target, state, estimate);
            return Math.Abs(applied.Tau - expected) <= 1e-9 * expected && applied.MaxResponse is >= 0 and <= 1;
        });

    [Theory]
    [InlineData(ModulationTarget.SertDensity)]
    [InlineData(ModulationTarget.Tph2Expression)]
    [InlineData(ModulationTarget.GabaASensitivity)]
    public void NonDensityTarget_IsRejected_WithTheValidChoices(ModulationTarget target)
    {
        var e = Assert.Throws<InvalidParameterException>(() => HormoneModulation.ApplyTo(Cortical5Ht2a, target, HormoneState.Reference));

        Assert.Equal("density", e.ParamName);
        Assert.Contains(target.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Contains("Htr2aDensity", e.Message, StringComparison.Ordinal);
    }
}

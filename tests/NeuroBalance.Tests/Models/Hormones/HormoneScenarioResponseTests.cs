using NeuroBalance.Models.Hormones;

namespace NeuroBalance.Tests.Models.Hormones;

/// <summary>What hormone states do to the models: reference is 1, directions follow the documented effects, ranges are reported.</summary>
public sealed class HormoneScenarioResponseTests
{
    [Fact]
    public void ReferenceState_GivesOneEverywhere()
    {
        Assert.Equal(1, HormoneScenarioResponse.SerotoninRelative(HormoneState.Reference), 6);
        Assert.Equal(1, HormoneScenarioResponse.TonicGabaARelative(HormoneState.Reference), 6);
        Assert.All(HormoneScenarioResponse.TargetProfile(HormoneState.Reference), r => Assert.Equal("no change", r.Direction));
    }

    [Fact]
    public void Postpartum_SerotoninFallsAtEveryEstimate_ButItsSizeSpansMoreThanTwofold()
    {
        // Given the postpartum state
        var state = HormoneScenario.Postpartum.State;

        // When it runs at the two ends of the documented ranges and in the middle
        var low = HormoneScenarioResponse.SerotoninRelative(state, EffectEstimate.Low);
        var central = HormoneScenarioResponse.SerotoninRelative(state);
        var high = HormoneScenarioResponse.SerotoninRelative(state, EffectEstimate.High);

        // Then the central estimate falls, and so do both ends (progesterone has no TPH2 effect: E + P did not differ
        // significantly from E alone, Pecins-Thompson et al. 1996); SERT's mixed direction still spreads the size more than twofold
        Assert.InRange(central, 0.5, 0.9);
        Assert.True(Math.Max(low, high) < 1, $"low {low}, high {high}");
        Assert.True(Math.Max(low, high) / Math.Min(low, high) > 2, $"low {low}, high {high}");
    }

    [Fact]
    public void TonicGabaA_FollowsAllopregnanolone()
    {
        Assert.True(HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State) < 0.6);
        Assert.True(HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.LatePregnancy.State) > 1.5);
        Assert.Equal(1, HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Hypothyroid.State), 6);
    }

    [Fact]
    public void TargetProfile_Hypothyroid_Raises5Ht1aOnly()
    {
        var rows = HormoneScenarioResponse.TargetProfile(HormoneScenario.Hypothyroid.State);

        Assert.Equal(Enum.GetValues<ModulationTarget>().Length, rows.Count);
        var htr1a = rows.Single(r => r.Target == ModulationTarget.Htr1aDensity);
        Assert.Equal("up", htr1a.Direction);
        Assert.InRange(htr1a.Central, htr1a.Lowest, htr1a.Highest);
        Assert.Equal("no change", rows.Single(r => r.Target == ModulationTarget.Tph2Expression).Direction);
    }

    [Fact]
    public void NullState_ThrowsNamingTheParameter()
    {
        Assert.Equal("state", Assert.ThrowsAny<ArgumentNullException>(() => HormoneScenarioResponse.TargetProfile(null!)).ParamName);
        Assert.Equal("state", Assert.ThrowsAny<ArgumentNullException>(() => HormoneScenarioResponse.SerotoninRelative(null!)).ParamName);
        Assert.Equal("state", Assert.ThrowsAny<ArgumentNullException>(() => HormoneScenarioResponse.TonicGabaARelative(null!)).ParamName);
    }
}

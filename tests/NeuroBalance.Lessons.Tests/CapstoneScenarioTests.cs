using NeuroBalance.Models.Hormones;
using NeuroBalance.Lessons;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The capstone: reference is 1, the parts multiply as documented, the SSRI effect is delayed, T3 lowers the brake.</summary>
public sealed class CapstoneScenarioTests
{
    [Fact]
    public void Reference_NoIntervention_IsOneThroughout()
    {
        var run = CapstoneScenario.Create(HormoneScenario.Reference, Intervention.None).Simulate(8);

        Assert.All(run, p => Assert.Equal(1, p.SerotoninOutput, 9));
        Assert.All(run, p => Assert.Equal(1, p.Firing, 9));
    }

    [Fact]
    public void Reference_Ssri_MatchesTheSsriDelayScenario()
    {
        // Given the reference state (H = 1, A = 1), the capstone reduces to SsriDelayScenario
        var capstone = CapstoneScenario.Create(HormoneScenario.Reference, Intervention.Ssri);
        var delay = SsriDelayScenario.Simulate(ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value, Duration.FromWeeks(6), Duration.Zero);

        // Then the outputs agree at the end of treatment
        Assert.Equal(delay[^1].SerotoninOutput, capstone.OutputAtWeek(6), 6);
    }

    [Fact]
    public void Ssri_OutputRisesOverWeeks_AfterTheStartOnly()
    {
        // Given an SSRI started at week 2 in the postpartum state
        var c = CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.Ssri, startWeek: 2);

        // Then before the start the output is the hormone state alone, and after it it climbs for weeks
        var alone = CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.None).OutputAtWeek(1);
        Assert.Equal(alone, c.OutputAtWeek(1.9), 9);
        Assert.True(c.OutputAtWeek(2.1) < c.OutputAtWeek(3));
        Assert.True(c.OutputAtWeek(3) < c.OutputAtWeek(8));
        Assert.Equal(c.HormoneBaseline * 3 * (2 / (1 + (c.AutoreceptorDensity(8) * AdaptedSensitivity(6) * 3))), c.OutputAtWeek(8), 6);
    }

    [Fact]
    public void Simulate_AgreesWithOutputAtWeek_AndStartsAtWeekZero()
    {
        var c = CapstoneScenario.Create(HormoneScenario.Hypothyroid, Intervention.SsriWithT3, startWeek: 1);
        var run = c.Simulate(weeks: 5, pointsPerWeek: 4);

        Assert.Equal(21, run.Count);
        Assert.Equal(0, run[0].Week);
        Assert.All(run, p => Assert.Equal(c.OutputAtWeek(p.Week), p.SerotoninOutput, 9));
    }

    [Fact]
    public void T3Augmentation_LowersTheAutoreceptorDensity_FromTheStartWeek()
    {
        var c = CapstoneScenario.Create(HormoneScenario.Hypothyroid, Intervention.T3Augmentation, startWeek: 2);

        Assert.True(c.AutoreceptorDensity(1) > 1, "hypothyroid: more 5-HT1A");
        Assert.True(c.AutoreceptorDensity(3) < c.AutoreceptorDensity(1));
        Assert.True(c.OutputAtWeek(3) > c.OutputAtWeek(1));
    }

    [Fact]
    public void WithStartWeek_KeepsEverythingElse()
    {
        var c = CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.Ssri, uptakeBlockFactor: 2, feedbackGain: 3, estimate: EffectEstimate.High);
        var moved = c.WithStartWeek(4);

        Assert.Equal(4, moved.StartWeek);
        Assert.Equal((c.HormoneBaseline, c.UptakeBlockFactor, c.FeedbackGain, c.Estimate, c.Intervention), (moved.HormoneBaseline, moved.UptakeBlockFactor, moved.FeedbackGain, moved.Estimate, moved.Intervention));
        Assert.Contains("Early postpartum", moved.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(1, 1, 3, 1, 0.5)]
    [InlineData(0, 1, 3, 1, 2)]
    [InlineData(1.5, 0.5, 2, 3, 4.0 / 5.5)]
    [InlineData(1, 1, 3, 0, 1)]
    public void Firing_IsTheClosedForm(double a, double s, double b, double g, double expected) =>
        Assert.Equal(expected, CapstoneScenario.Firing(a, s, b, g), 12);

    private static double AdaptedSensitivity(double weeks) =>
        ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value.Advance(AdaptationState.Baseline, 3, Duration.FromWeeks(weeks)).Sensitivity;
}

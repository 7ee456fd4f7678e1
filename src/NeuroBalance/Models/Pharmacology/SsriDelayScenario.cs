using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// An illustrative scenario of the desensitization hypothesis of the SSRI delay: the SSRI raises 5-HT
/// at once, 5-HT1A autoreceptors brake raphe firing, and output rises only as they adapt over weeks.
/// </summary>
/// <remarks>
/// <para><b>Model</b>: while the SSRI is taken, the uptake block multiplies extracellular 5-HT by a
/// factor b (both at the raphe autoreceptors and in projection areas); afterwards b = 1. The
/// autoreceptors adapt to the stimulation s = b (a simplification: the dilution of raphe 5-HT by the
/// slower firing is ignored)
/// (<see cref="ReceptorAdaptation"/>). Firing follows a negative-feedback brake,
/// f = (1 + g)/(1 + g·S·b), with S the autoreceptor sensitivity and g the feedback gain (f = 1 at
/// baseline). Output in projection areas = f·b.</para>
/// <para>All of b, g and the adaptation constants are illustrative, not measured; the scenario shows
/// the shape of the argument, not a prediction. The hypothesis itself is contested: see
/// Commons &amp; Linnros 2019, <see href="https://doi.org/10.1021/acschemneuro.8b00698"/>.</para>
/// </remarks>
public static class SsriDelayScenario
{
    /// <summary>Runs the scenario: treatment, then (optionally) stopping.</summary>
    /// <param name="autoreceptor">The adapting autoreceptor, e.g. <see cref="ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative"/>.</param>
    /// <param name="treatment">How long the SSRI is taken. Range: &gt; 0.</param>
    /// <param name="afterStop">How long to follow after stopping; zero for none. Range: ≥ 0.</param>
    /// <param name="uptakeBlockFactor">b, how much the uptake block multiplies extracellular 5-HT. Range: 1 ≤ b ≤ 100. Default 3 (illustrative).</param>
    /// <param name="feedbackGain">g, the strength of the autoreceptor brake on firing. Range: 0 ≤ g ≤ 100. Default 1 (illustrative).</param>
    /// <param name="pointsPerStep">Samples per phase. Range: 1 ≤ points ≤ 10 000. Default 120.</param>
    /// <returns>The time course, from the first dose.</returns>
    public static IReadOnlyList<SsriDelayPoint> Simulate(ReceptorAdaptation autoreceptor, Duration treatment, Duration afterStop, double uptakeBlockFactor = 3, double feedbackGain = 1, int pointsPerStep = 120)
    {
        Preconditions.CheckNotNull(nameof(autoreceptor), autoreceptor);
        Preconditions.CheckPositive(nameof(treatment), treatment.Seconds, "s");
        Preconditions.CheckRange(nameof(uptakeBlockFactor), uptakeBlockFactor, 1, 100);
        Preconditions.CheckRange(nameof(feedbackGain), feedbackGain, 0, 100);
        var schedule = new List<StimulationStep> { new(treatment, uptakeBlockFactor) };
        if (afterStop > Duration.Zero)
        {
            schedule.Add(new StimulationStep(afterStop, 1));
        }

        var states = autoreceptor.Simulate(schedule, pointsPerStep);
        return states.Select(p =>
        {
            var b = p.Time <= treatment && p.Time > Duration.Zero ? uptakeBlockFactor : 1;
            var firing = (1 + feedbackGain) / (1 + (feedbackGain * p.State.Sensitivity * b));
            return new SsriDelayPoint(p.Time, p.State, firing, firing * b);
        }).ToArray();
    }
}

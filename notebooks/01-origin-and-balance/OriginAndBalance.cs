using NeuroBalance.Exercises;
using NeuroBalance.Models.Homeostasis;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 01's computed values: the illustrative set-point feedback model <see cref="SetPointFeedback"/>,
/// y* = (p + G)/(s + G), with the gain and the two disturbances that the exercises ask about. The
/// exercise file <c>exercises.yaml</c> names them, so every number in its texts follows the model.
/// </summary>
/// <remarks>
/// Science: homeostasis (Cannon 1929); autoreceptor feedback buffering serotonin in a full terminal
/// model (Best et al. 2010; model); the umbrella review of the serotonin theory of depression
/// (Moncrieff et al. 2022; human). Keys in <c>references.yaml</c>: cannon1929, best2010, moncrieff2022.
/// </remarks>
public sealed class OriginAndBalance : ILessonCode
{
    /// <summary>Gets the feedback system of the exercises (illustrative; default G = 4).</summary>
    public SetPointFeedback Feedback { get; init; } = SetPointFeedback.Illustrative;

    /// <summary>Gets the production factor p of "production doubles" (default 2; clearance unchanged).</summary>
    public double ProductionFactor { get; init; } = 2;

    /// <summary>Gets the clearance factor s of "clearance halved" (default 0.5; production unchanged).</summary>
    public double ClearanceFactor { get; init; } = 0.5;

    /// <inheritdoc />
    public string Lesson => "01-origin-and-balance";

    /// <inheritdoc />
    public void Define(LessonValues values)
    {
        var gain = Feedback.Gain;
        var doubled = Disturbance.ProductionScaled(ProductionFactor);
        var halved = Disturbance.ClearanceScaled(ClearanceFactor);
        values
            .Add("gain", () => gain)
            .Add("onePlusGain", () => 1 + gain)

            // 01-production-doubles: p = 2, s = 1.
            .Add("doublingP", () => doubled.ProductionFactor)
            .Add("doublingS", () => doubled.ClearanceFactor)
            .Add("doublingNumerator", () => doubled.ProductionFactor + gain)
            .Add("doublingDenominator", () => doubled.ClearanceFactor + gain)
            .Add("doublingLevel", () => Feedback.SteadyStateLevel(doubled))
            .Add("doublingOpenLoopLevel", () => SetPointFeedback.NoFeedback.SteadyStateLevel(doubled))
            .Add("doublingDeviationPercent", () => 100 * Feedback.SteadyStateDeviation(doubled))
            .Add("doublingOpenLoopPercent", () => 100 * SetPointFeedback.NoFeedback.SteadyStateDeviation(doubled))

            // Anticipated mistakes (the 1/(1 + G) mix-up): the shrunken deviation given as the level,
            // and the deviation multiplied by 1 + G instead of divided.
            .Add("doublingDeviationOnly", () => SetPointFeedback.NoFeedback.SteadyStateDeviation(doubled) / (1 + gain))
            .Add("doublingTimesOnePlusGain", () => 1 + (SetPointFeedback.NoFeedback.SteadyStateDeviation(doubled) * (1 + gain)))

            // 01-predict-clearance: p = 1, s = 0.5.
            .Add("halvedP", () => halved.ProductionFactor)
            .Add("halvedS", () => halved.ClearanceFactor)
            .Add("halvedNumerator", () => halved.ProductionFactor + gain)
            .Add("halvedDenominator", () => halved.ClearanceFactor + gain)
            .Add("halvedLevel", () => Feedback.SteadyStateLevel(halved))
            .Add("halvedDeviationPercent", () => 100 * Feedback.SteadyStateDeviation(halved))
            .Add("halvedOpenLoopPercent", () => 100 * SetPointFeedback.NoFeedback.SteadyStateDeviation(halved))
            .Add("halvedShrinkInverse", () => (halved.ClearanceFactor + gain) / halved.ClearanceFactor)

            // Anticipated mistakes: the small-change rule 1/(1 + G) applied to a large clearance change,
            // and the open-loop level (feedback forgotten).
            .Add("halvedOnePlusGainRule", () => 1 + (SetPointFeedback.NoFeedback.SteadyStateDeviation(halved) / (1 + gain)))
            .Add("halvedOpenLoopLevel", () => SetPointFeedback.NoFeedback.SteadyStateLevel(halved))

            // 01-steady-state-function: the learner's y*(p, s, G) is compared with the library model.
            .AddFunction("steadyState", (Func<double, double, double, double>)((p, s, g) =>
                SetPointFeedback.WithGain(g).SteadyStateLevel(Disturbance.Of(p, s))))

            // Its anticipated mistake: the open-loop change p/s shrunk by 1/(1 + G), right only when s = 1.
            .AddFunction("steadyStateOnePlusGainRule", (Func<double, double, double, double>)((p, s, g) =>
                1 + (SetPointFeedback.NoFeedback.SteadyStateDeviation(Disturbance.Of(p, s)) / (1 + g))));
    }
}

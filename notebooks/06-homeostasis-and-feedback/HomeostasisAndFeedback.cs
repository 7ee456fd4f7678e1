using NeuroBalance.Exercises;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 06's computed values: perturbation experiments on the Best, Nijhout &amp; Reed 2009 dopamine
/// terminal with and without autoreceptor feedback (<see cref="AutoreceptorExperiment"/>; model), and the
/// weeks-long time scale of receptor regulation (<see cref="ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative"/>,
/// illustrative time constants; the desensitization account of the SSRI delay is contested, Commons &amp;
/// Linnros 2019). The exercise file <c>exercises.yaml</c> names them.
/// </summary>
public sealed class HomeostasisAndFeedback : ILessonCode
{
    /// <summary>Gets the TH multiplier of the perturbation prediction (TH doubled).</summary>
    public static double ThFactor => 2;

    /// <summary>Gets the TH multiplier of the opposite perturbation in the multiple-choice exercise (TH halved).</summary>
    public static double ThFallFactor => 0.5;

    /// <summary>Gets the sustained burst firing rate of the habituation prediction (Best et al. 2009 step 5 → 15 Hz).</summary>
    public static Rate Burst { get; } = Rate.FromPerSecond(15);

    /// <summary>Gets the fraction of the density change asked for in the regulation exercise.</summary>
    public static double RegulatedFraction => 0.95;

    private readonly ReceptorAdaptation autoreceptor;

    /// <summary>Initializes the lesson's values with its own parameters.</summary>
    public HomeostasisAndFeedback()
        : this(ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value)
    {
    }

    /// <summary>Initializes the lesson's values with another adapting receptor (an instructor's what-if, or a test).</summary>
    /// <param name="autoreceptor">The receptor of the regulation exercise; default the illustrative 5-HT1A autoreceptor.</param>
    public HomeostasisAndFeedback(ReceptorAdaptation autoreceptor)
    {
        this.autoreceptor = autoreceptor ?? throw new ArgumentNullException(nameof(autoreceptor));
    }

    /// <inheritdoc />
    public string Lesson => "06-homeostasis-and-feedback";

    /// <inheritdoc />
    public void Define(LessonValues values) => values
        // TH perturbation with and without feedback
        .Add("thFactor", () => ThFactor)
        .Add("thRise", () => AutoreceptorExperiment.ThScaling(ThFactor))
        .Add("thFall", () => AutoreceptorExperiment.ThScaling(ThFallFactor))
        .Add("thRiseWithFeedback", () => AutoreceptorExperiment.ThScaling(ThFactor).WithFeedback)
        .Add("thRiseWithoutFeedback", () => AutoreceptorExperiment.ThScaling(ThFactor).WithoutFeedback)
        .Add("thRisePercent", () => (AutoreceptorExperiment.ThScaling(ThFactor).WithFeedback - 1) * 100)
        .Add("thFallWithFeedback", () => AutoreceptorExperiment.ThScaling(ThFallFactor).WithFeedback)
        // Firing step and habituation
        .Add("basalFiringHz", () => DopamineTerminal.BasalFiring.PerSecond)
        .Add("burstHz", () => Burst.PerSecond)
        .Add("firingRatio", () => Burst / DopamineTerminal.BasalFiring)
        .Add("firingWithFeedback", () => AutoreceptorExperiment.Firing(Burst).WithFeedback)
        .Add("firingWithoutFeedback", () => AutoreceptorExperiment.Firing(Burst).WithoutFeedback)
        .Add("firingStorePercent", () => AutoreceptorExperiment.Firing(Burst, "vda").WithFeedback * 100)
        // Receptor regulation over weeks
        .Add("regulationTime", () => autoreceptor.RegulationTime)
        .Add("regulationTimeDays", () => autoreceptor.RegulationTime.Days)
        .Add("regulationDays", () => autoreceptor.TimeToRegulate(RegulatedFraction).Days);
}

using System.Globalization;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using NeuroBalance.Internal;

namespace NeuroBalance.Lessons;

/// <summary>
/// The course capstone: a hormone state, an intervention started at a chosen week, and the adaptation of
/// the 5-HT1A autoreceptors over the following weeks. It joins three layers of the library:
/// <see cref="HormoneModulation"/>, the <see cref="Models.Terminals.SerotoninTerminal"/> and
/// <see cref="ReceptorAdaptation"/> with the firing brake of <see cref="SsriDelayScenario"/>. Immutable.
/// </summary>
/// <remarks>
/// <para><b>Model</b> (every quantity relative to the reference state: all hormones at 1, no intervention):</para>
/// <code>
/// H      = 5-HT at steady state in the serotonin terminal under the hormone state ÷ reference
///          (HormoneScenarioResponse.SerotoninRelative: TPH2, SERT and MAO-A scaled by the hormones)
/// A(t)   = HormoneModulation.Multiplier(Htr1aDensity, state(t))   hormonal 5-HT1A density
///          (state(t) has T3 raised by ΔT3 once T3 augmentation has started)
/// b(t)   = uptake-block factor while the SSRI is taken, else 1
/// S(t)   = adaptation sensitivity of the autoreceptors (ReceptorAdaptation, stimulated by s = b(t))
/// f(t)   = (1 + g)/(1 + g·A(t)·S(t)·b(t))                         raphe firing (negative-feedback brake)
/// output = H·f(t)·b(t)
/// </code>
/// <para>In the reference state with no intervention every factor is 1, so output = 1. The firing brake
/// and the SSRI delay follow the desensitization hypothesis (contested: Commons &amp; Linnros 2019,
/// reference commonslinnros2019). The hormone multipliers carry the species, region and evidence level
/// of each effect (many are rodent or illustrative); b, g, ΔT3 and the adaptation time constants are
/// illustrative. Read shapes and directions, never doses or clinical predictions.</para>
/// <para>Simplifications: the hormone state is constant over the weeks simulated (apart from added T3);
/// T3's effects on the terminal itself are not modelled (the layer documents only receptor effects);
/// the autoreceptors adapt to the drug's uptake block only, not to hormonal changes of 5-HT.</para>
/// </remarks>
public sealed class CapstoneScenario
{
    /// <summary>The longest scenario, in weeks: 52.</summary>
    public const double MaxWeeks = 52;

    /// <summary>ΔT3, how much T3 augmentation raises relative T3: 0.8, the step from the reference (1) to <see cref="HormoneScenario.T3Augmentation"/> (1.8). Illustrative.</summary>
    public const double T3Increase = 0.8;

    /// <summary>The default b, the factor by which the SSRI's uptake block multiplies 5-HT: 3 (illustrative, as <see cref="SsriDelayScenario"/>).</summary>
    public const double DefaultUptakeBlockFactor = 3;

    /// <summary>The default g, the strength of the autoreceptor brake on firing: 1 (illustrative).</summary>
    public const double DefaultFeedbackGain = 1;

    private readonly ReceptorAdaptation autoreceptor;

    private CapstoneScenario(HormoneScenario hormones, Intervention intervention, double startWeek, double uptakeBlockFactor, double feedbackGain, EffectEstimate estimate)
    {
        Hormones = hormones;
        Intervention = intervention;
        StartWeek = startWeek;
        UptakeBlockFactor = uptakeBlockFactor;
        FeedbackGain = feedbackGain;
        Estimate = estimate;
        autoreceptor = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value;
        HormoneBaseline = HormoneScenarioResponse.SerotoninRelative(hormones.State, estimate);
    }

    /// <summary>Gets the hormone scenario.</summary>
    public HormoneScenario Hormones { get; }

    /// <summary>Gets the intervention.</summary>
    public Intervention Intervention { get; }

    /// <summary>Gets the week the intervention starts.</summary>
    public double StartWeek { get; }

    /// <summary>Gets b, the factor by which the SSRI's uptake block multiplies extracellular 5-HT (illustrative).</summary>
    public double UptakeBlockFactor { get; }

    /// <summary>Gets g, the strength of the autoreceptor brake on firing (illustrative).</summary>
    public double FeedbackGain { get; }

    /// <summary>Gets which end of the documented hormone ranges is used.</summary>
    public EffectEstimate Estimate { get; }

    /// <summary>Gets H: extracellular 5-HT at steady state in the serotonin terminal under the hormone state, ÷ the reference.</summary>
    public double HormoneBaseline { get; }

    /// <summary>Creates a capstone scenario.</summary>
    /// <param name="hormones">The hormone scenario, e.g. <see cref="HormoneScenario.Postpartum"/> or <see cref="HormoneScenario.Hypothyroid"/>.</param>
    /// <param name="intervention">The intervention.</param>
    /// <param name="startWeek">When the intervention starts, in weeks. Range: 0 ≤ week ≤ 52.</param>
    /// <param name="uptakeBlockFactor">b. Range: 1 ≤ b ≤ 100. Default 3 (illustrative, as <see cref="SsriDelayScenario"/>).</param>
    /// <param name="feedbackGain">g. Range: 0 ≤ g ≤ 100. Default 1 (illustrative).</param>
    /// <param name="estimate">Which end of each documented hormone range. Default Central.</param>
    /// <returns>The scenario (H is computed here: one steady state of the serotonin terminal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hormones"/> is null.</exception>
    /// <exception cref="ParameterOutOfRangeException">A number is out of range.</exception>
    /// <exception cref="InvalidParameterException">An enum value is not defined.</exception>
    public static CapstoneScenario Create(HormoneScenario hormones, Intervention intervention, double startWeek = 0, double uptakeBlockFactor = DefaultUptakeBlockFactor, double feedbackGain = DefaultFeedbackGain, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(hormones), hormones);
        CheckDefined(nameof(intervention), intervention);
        CheckDefined(nameof(estimate), estimate);
        Preconditions.CheckRange(nameof(startWeek), startWeek, 0, MaxWeeks, "weeks");
        Preconditions.CheckRange(nameof(uptakeBlockFactor), uptakeBlockFactor, 1, 100);
        Preconditions.CheckRange(nameof(feedbackGain), feedbackGain, 0, 100);
        return new CapstoneScenario(hormones, intervention, startWeek, uptakeBlockFactor, feedbackGain, estimate);
    }

    /// <summary>This scenario with another start week (H is reused, so this is cheap).</summary>
    /// <param name="startWeek">Range: 0 ≤ week ≤ 52.</param>
    /// <returns>The changed scenario.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="startWeek"/> is out of range.</exception>
    public CapstoneScenario WithStartWeek(double startWeek) =>
        new(this, Preconditions.CheckRange(nameof(startWeek), startWeek, 0, MaxWeeks, "weeks"));

    private CapstoneScenario(CapstoneScenario o, double startWeek)
    {
        Hormones = o.Hormones;
        Intervention = o.Intervention;
        StartWeek = startWeek;
        UptakeBlockFactor = o.UptakeBlockFactor;
        FeedbackGain = o.FeedbackGain;
        Estimate = o.Estimate;
        autoreceptor = o.autoreceptor;
        HormoneBaseline = o.HormoneBaseline;
    }

    private bool HasSsri => Intervention is Intervention.Ssri or Intervention.SsriWithT3;

    private bool HasT3 => Intervention is Intervention.T3Augmentation or Intervention.SsriWithT3;

    /// <summary>The hormonal 5-HT1A density A at a week (T3 raised by <see cref="T3Increase"/> once T3 augmentation has started).</summary>
    /// <param name="week">Range: 0 ≤ week ≤ 52.</param>
    /// <returns>A, relative to the reference.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="week"/> is out of range.</exception>
    public double AutoreceptorDensity(double week)
    {
        Preconditions.CheckRange(nameof(week), week, 0, MaxWeeks, "weeks");
        var s = Hormones.State;
        if (HasT3 && week >= StartWeek)
        {
            s = new HormoneState(s.Estradiol, s.Progesterone, s.Allopregnanolone, s.Testosterone, Math.Min(HormoneState.MaxLevel, s.T3 + T3Increase));
        }

        return HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, s, Estimate);
    }

    /// <summary>Runs the scenario from week 0, sampled at equal steps.</summary>
    /// <param name="weeks">How long to follow. Range: 0.1 ≤ weeks ≤ 52. Default 10.</param>
    /// <param name="pointsPerWeek">Samples per week. Range: 1 to 50. Default 7 (daily).</param>
    /// <returns>The time course, week 0 included.</returns>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range.</exception>
    public IReadOnlyList<CapstonePoint> Simulate(double weeks = 10, int pointsPerWeek = 7)
    {
        Preconditions.CheckRange(nameof(weeks), weeks, 0.1, MaxWeeks, "weeks");
        Preconditions.CheckRange(nameof(pointsPerWeek), pointsPerWeek, 1, 50);
        var n = (int)Math.Ceiling(weeks * pointsPerWeek);
        return Enumerable.Range(0, n + 1).Select(i => PointAt(i * weeks / n)).ToArray();
    }

    /// <summary>The 5-HT output at a week, relative to the reference state.</summary>
    /// <param name="week">Range: 0 ≤ week ≤ 52.</param>
    /// <returns>H·f·b at that week.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="week"/> is out of range.</exception>
    public double OutputAtWeek(double week)
    {
        Preconditions.CheckRange(nameof(week), week, 0, MaxWeeks, "weeks");
        return PointAt(week).SerotoninOutput;
    }

    /// <summary>The whole state at a week: autoreceptor sensitivity, firing and 5-HT output, relative to the reference.</summary>
    /// <param name="week">Range: 0 ≤ week ≤ 52.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="week"/> is out of range.</exception>
    public CapstonePoint PointAtWeek(double week)
    {
        Preconditions.CheckRange(nameof(week), week, 0, MaxWeeks, "weeks");
        return PointAt(week);
    }

    /// <summary>
    /// Raphe firing relative to the reference under the autoreceptor brake: f = (1 + g)/(1 + g·A·S·b).
    /// f = 1 when A·S·b = 1; a stronger or more stimulated brake lowers it.
    /// </summary>
    /// <param name="autoreceptorDensity">A, hormonal 5-HT1A density relative to the reference. Range: 0 ≤ A ≤ 100.</param>
    /// <param name="sensitivity">S, the adaptation sensitivity (density × (1 − desensitized)). Range: 0 ≤ S ≤ 100.</param>
    /// <param name="block">b, the factor by which uptake block multiplies 5-HT at the autoreceptors. Range: 1 ≤ b ≤ 100.</param>
    /// <param name="feedbackGain">g. Range: 0 ≤ g ≤ 100. Default 1 (illustrative).</param>
    /// <returns>f.</returns>
    /// <exception cref="ParameterOutOfRangeException">An argument is NaN, infinite or out of range.</exception>
    /// <seealso cref="SsriDelayScenario"/>
    public static double Firing(double autoreceptorDensity, double sensitivity, double block, double feedbackGain = DefaultFeedbackGain)
    {
        Preconditions.CheckRange(nameof(autoreceptorDensity), autoreceptorDensity, 0, 100);
        Preconditions.CheckRange(nameof(sensitivity), sensitivity, 0, 100);
        Preconditions.CheckRange(nameof(block), block, 1, 100);
        Preconditions.CheckRange(nameof(feedbackGain), feedbackGain, 0, 100);
        return (1 + feedbackGain) / (1 + (feedbackGain * autoreceptorDensity * sensitivity * block));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Hormones.Name} + {Intervention} from week {StartWeek:G3} (b = {UptakeBlockFactor:G3}, g = {FeedbackGain:G3}, {Estimate} estimates; H = {HormoneBaseline:G3})");

    private double BlockAt(double week) => HasSsri && week > StartWeek ? UptakeBlockFactor : 1;

    /// <summary>
    /// The point at a week. The stimulation is 1 before the start and b after it, so the adaptation state
    /// is the exact solution from baseline over the time since the start.
    /// </summary>
    private CapstonePoint PointAt(double week)
    {
        var b = BlockAt(week);
        var adaptation = b > 1 ? autoreceptor.Advance(AdaptationState.Baseline, b, Duration.FromWeeks(week - StartWeek)) : AdaptationState.Baseline;
        var density = AutoreceptorDensity(week);
        var firing = Firing(density, adaptation.Sensitivity, b, FeedbackGain);
        return new CapstonePoint(week, density * adaptation.Sensitivity, firing, HormoneBaseline * firing * b);
    }

    private static void CheckDefined<T>(string name, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new InvalidParameterException($"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}, but was {value}.", name);
        }
    }
}

using NeuroBalance.Internal;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Homeostasis;

/// <summary>
/// The smallest homeostatic system: one transmitter pool, made at a rate that negative feedback turns
/// down when the level rises above its set point, and cleared by a first-order process. Illustrative:
/// it shows the logic of a set point, not the numbers of any real synapse. Immutable.
/// </summary>
/// <remarks>
/// <para><b>Equation.</b> dx/dt = P₀·[p − G·(x − x₀)/x₀] − s·k₀·x, with P₀ = k₀·x₀ so that x = x₀ is the
/// steady state when nothing is disturbed. Symbols: x the transmitter level; x₀ the set point; k₀ the
/// basal first-order clearance rate; P₀ the basal production; G ≥ 0 the feedback gain (<see cref="Gain"/>;
/// G = 0 is no feedback); p and s the production and clearance factors of a <see cref="Disturbance"/>.</para>
/// <para><b>Dimensionless form.</b> With y = x/x₀ (the level as a multiple of the set point) and τ = k₀·t
/// (time in units of the basal clearance time constant 1/k₀): dy/dτ = (p + G) − (s + G)·y. This is
/// linear, so it has a closed form: y(τ) = y* + (1 − y*)·e<sup>−(s + G)·τ</sup>, starting at the set point.</para>
/// <para><b>Steady state.</b> y* = (p + G)/(s + G). The deviation from the set point is
/// y* − 1 = (p − s)/(s + G); without feedback it is (p − s)/s. Feedback therefore shrinks the deviation
/// by the factor s/(s + G): exactly 1/(1 + G) for a change in production (s = 1), and about 1/(1 + G)
/// for any small disturbance. It also speeds the approach: the time constant falls from 1/s to 1/(s + G).
/// This is the error reduction of a proportional negative-feedback loop with loop gain G (a control-theory
/// result; Cannon 1929 named the physiological idea, homeostasis).</para>
/// <para><b>Simplifications.</b> The feedback is linear and acts on production only; real feedback
/// (autoreceptors, end-product inhibition of tyrosine hydroxylase) saturates, has delays, and acts on
/// release and firing too (Best, Nijhout &amp; Reed 2010, <see href="https://doi.org/10.1186/1742-4682-7-34"/>).
/// Production stays ≥ 0 along every trajectory from the set point, so no clipping is needed.</para>
/// <para>Sources: Cannon WB (1929) Organization for physiological homeostasis, Physiol Rev 9:399–431,
/// <see href="https://doi.org/10.1152/physrev.1929.9.3.399"/>; Best et al. 2010 (above) for autoreceptor
/// feedback buffering extracellular serotonin in a full terminal model. Evidence: <see cref="EvidenceLevel.Illustrative"/>.</para>
/// </remarks>
public sealed class SetPointFeedback
{
    /// <summary>The largest feedback gain accepted.</summary>
    public const double MaxGain = 100;

    /// <summary>The longest time accepted, in units of 1/k₀.</summary>
    public const double MaxTime = 1e6;

    private SetPointFeedback(double gain) => Gain = gain;

    /// <summary>Gets the system without feedback (G = 0): production ignores the level.</summary>
    public static SetPointFeedback NoFeedback { get; } = new(0);

    /// <summary>Gets an illustrative system: G = 4, so a production step is cut to a fifth.</summary>
    public static SetPointFeedback Illustrative { get; } = new(4);

    /// <summary>Gets the feedback gain G (dimensionless): the fractional fall in production per fractional rise of the level above the set point. Range: 0 ≤ G ≤ 100.</summary>
    public double Gain { get; }

    /// <summary>A system with feedback gain <paramref name="gain"/>.</summary>
    /// <param name="gain">G. Range: 0 ≤ G ≤ 100; 0 is no feedback.</param>
    /// <returns>The system.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="gain"/> is outside [0, 100] or not finite.</exception>
    public static SetPointFeedback WithGain(double gain) => new(Preconditions.CheckRange(nameof(gain), gain, 0, MaxGain));

    /// <summary>The factor by which feedback of gain G shrinks the steady-state deviation after a change in production: 1/(1 + G).</summary>
    /// <param name="gain">G. Range: 0 ≤ G ≤ 100.</param>
    /// <returns>1/(1 + G), in (0, 1].</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="gain"/> is outside [0, 100] or not finite.</exception>
    /// <seealso cref="DeviationRatio"/>
    public static double DeviationFactor(double gain) => 1 / (1 + Preconditions.CheckRange(nameof(gain), gain, 0, MaxGain));

    /// <summary>The steady-state level as a multiple of the set point: y* = (p + G)/(s + G).</summary>
    /// <param name="disturbance">The sustained change.</param>
    /// <returns>y*, ≥ 0 (1 is the set point).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    public double SteadyStateLevel(Disturbance disturbance)
    {
        Preconditions.CheckNotNull(nameof(disturbance), disturbance);
        return (disturbance.ProductionFactor + Gain) / (disturbance.ClearanceFactor + Gain);
    }

    /// <summary>The steady-state deviation from the set point as a fraction of it: y* − 1 = (p − s)/(s + G) (0.25 = 25% above).</summary>
    /// <param name="disturbance">The sustained change.</param>
    /// <returns>y* − 1, ≥ −1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    public double SteadyStateDeviation(Disturbance disturbance)
    {
        Preconditions.CheckNotNull(nameof(disturbance), disturbance);
        return (disturbance.ProductionFactor - disturbance.ClearanceFactor) / (disturbance.ClearanceFactor + Gain);
    }

    /// <summary>The steady-state deviation with this feedback divided by the deviation without feedback: s/(s + G).</summary>
    /// <param name="disturbance">The sustained change.</param>
    /// <returns>s/(s + G), in (0, 1]; 1/(1 + G) for a change in production.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    /// <seealso cref="DeviationFactor"/>
    public double DeviationRatio(Disturbance disturbance)
    {
        Preconditions.CheckNotNull(nameof(disturbance), disturbance);
        return disturbance.ClearanceFactor / (disturbance.ClearanceFactor + Gain);
    }

    /// <summary>The time constant of the approach to the new steady state, 1/(s + G), in units of 1/k₀.</summary>
    /// <param name="disturbance">The sustained change.</param>
    /// <returns>The time constant, &gt; 0, in units of the basal clearance time constant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    public double TimeConstant(Disturbance disturbance)
    {
        Preconditions.CheckNotNull(nameof(disturbance), disturbance);
        return 1 / (disturbance.ClearanceFactor + Gain);
    }

    /// <summary>The level at time τ after the disturbance starts, from the set point: y(τ) = y* + (1 − y*)·e<sup>−(s + G)·τ</sup>.</summary>
    /// <param name="disturbance">The sustained change, starting at τ = 0.</param>
    /// <param name="time">τ = k₀·t, time in units of the basal clearance time constant 1/k₀. Range: 0 ≤ τ ≤ 10⁶.</param>
    /// <returns>y(τ), the level as a multiple of the set point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="time"/> is outside [0, 10⁶] or not finite.</exception>
    public double LevelAt(Disturbance disturbance, double time)
    {
        Preconditions.CheckRange(nameof(time), time, 0, MaxTime);
        var target = SteadyStateLevel(disturbance);
        return target + ((1 - target) * Math.Exp(-(disturbance.ClearanceFactor + Gain) * time));
    }

    /// <summary>A short description, e.g. "set-point feedback (G = 4)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Gain == 0 ? "no feedback (G = 0)" : FormattableString.Invariant($"set-point feedback (G = {Preconditions.Format(Gain)})");
}

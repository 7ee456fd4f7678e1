using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// Receptor adaptation to sustained over- or under-stimulation: fast desensitization (minutes) and
/// slow down- or up-regulation of receptor density (days to weeks). Immutable.
/// </summary>
/// <remarks>
/// <para><b>Model</b> (stimulation s relative to baseline, constant within a step):
/// dD/dt = (D<sub>∞</sub>(s) − D)/τ<sub>d</sub> with D<sub>∞</sub>(s) = D<sub>max</sub>·e/(e + h),
/// e = max(0, s − 1) (only over-stimulation desensitizes);
/// dR/dt = (R<sub>∞</sub>(s) − R)/τ<sub>r</sub> with R<sub>∞</sub>(s) = clamp(s<sup>−g</sup>, R<sub>min</sub>, R<sub>max</sub>)
/// (density falls under over-stimulation and rises under under-stimulation).
/// Functional sensitivity = R·(1 − D).</para>
/// <para><b>Solution</b>: each equation is linear and first order with a constant target while s is
/// constant, so x(t) = x<sub>∞</sub> + (x<sub>0</sub> − x<sub>∞</sub>)·e<sup>−t/τ</sup> is the exact solution
/// of this model over each step of a piecewise-constant schedule (<see cref="Advance"/>); no numerical
/// integration is involved.</para>
/// <para><b>Why it matters</b>: an SSRI raises 5-HT around the raphe cell bodies at once; 5-HT1A
/// autoreceptors then brake firing, and only as they lose sensitivity over weeks does 5-HT output rise.
/// This "desensitization hypothesis" of the delayed antidepressant effect is influential but
/// contested: Commons KG, Linnros SE (2019) ACS Chem Neurosci 10:3048,
/// <see href="https://doi.org/10.1021/acschemneuro.8b00698"/>, review the evidence and argue that
/// feedback through the remaining receptors persists. Teach it as a hypothesis.</para>
/// <para><b>Parameters</b>: no measured human time constants exist for these processes; the preset
/// <see cref="FiveHt1aAutoreceptorIllustrative"/> is illustrative (evidence level
/// <see cref="EvidenceLevel.Illustrative"/>): τ<sub>r</sub> = 7 days puts 95% of the change at about
/// 3 weeks, the time scale of the delayed effect.</para>
/// </remarks>
public sealed record ReceptorAdaptation
{
    private ReceptorAdaptation(string name, Duration desensitizationTime, double maxDesensitization, double halfDesensitizingExcess, Duration regulationTime, double regulationGain, double minDensity, double maxDensity)
    {
        Name = name;
        DesensitizationTime = desensitizationTime;
        MaxDesensitization = maxDesensitization;
        HalfDesensitizingExcess = halfDesensitizingExcess;
        RegulationTime = regulationTime;
        RegulationGain = regulationGain;
        MinDensity = minDensity;
        MaxDensity = maxDensity;
    }

    /// <summary>Gets an illustrative 5-HT1A autoreceptor: desensitization τ<sub>d</sub> 10 min (up to 30% uncoupled), density regulation τ<sub>r</sub> 7 days with gain 1, density between 0.1 and 3 times baseline. Illustrative values; see the remarks.</summary>
    public static Sourced<ReceptorAdaptation> FiveHt1aAutoreceptorIllustrative { get; } = new(
        Create("5-HT1A autoreceptor (illustrative)", Duration.FromMinutes(10), 0.3, 1, Duration.FromDays(7), 1, 0.1, 3),
        References.Cite("commonslinnros2019"),
        EvidenceLevel.Illustrative,
        "time constants chosen to give the weeks-long time course the review describes; not measured");

    /// <summary>Gets the name, for legends.</summary>
    public string Name { get; }

    /// <summary>Gets τ<sub>d</sub>, the time constant of desensitization and resensitization.</summary>
    public Duration DesensitizationTime { get; }

    /// <summary>Gets D<sub>max</sub>, the largest fraction of receptors that can be uncoupled.</summary>
    public double MaxDesensitization { get; }

    /// <summary>Gets h, the excess stimulation (s − 1) that uncouples half of D<sub>max</sub>.</summary>
    public double HalfDesensitizingExcess { get; }

    /// <summary>Gets τ<sub>r</sub>, the time constant of density regulation.</summary>
    public Duration RegulationTime { get; }

    /// <summary>Gets g, the regulation gain: the steady density is s<sup>−g</sup> (clamped).</summary>
    public double RegulationGain { get; }

    /// <summary>Gets R<sub>min</sub>, the lowest density relative to baseline.</summary>
    public double MinDensity { get; }

    /// <summary>Gets R<sub>max</sub>, the highest density relative to baseline.</summary>
    public double MaxDensity { get; }

    /// <summary>Describes an adapting receptor.</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="desensitizationTime">τ<sub>d</sub>. Range: &gt; 0.</param>
    /// <param name="maxDesensitization">D<sub>max</sub>. Range: 0 ≤ D<sub>max</sub> &lt; 1.</param>
    /// <param name="halfDesensitizingExcess">h. Range: &gt; 0, ≤ 1000.</param>
    /// <param name="regulationTime">τ<sub>r</sub>. Range: &gt; 0.</param>
    /// <param name="regulationGain">g. Range: 0 ≤ g ≤ 10.</param>
    /// <param name="minDensity">R<sub>min</sub>. Range: 0 ≤ R<sub>min</sub> ≤ 1.</param>
    /// <param name="maxDensity">R<sub>max</sub>. Range: 1 ≤ R<sub>max</sub> ≤ 100.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidParameterException">The name is blank.</exception>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range.</exception>
    public static ReceptorAdaptation Create(string name, Duration desensitizationTime, double maxDesensitization, double halfDesensitizingExcess, Duration regulationTime, double regulationGain, double minDensity, double maxDensity)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        Preconditions.CheckPositive(nameof(desensitizationTime), desensitizationTime.Seconds, "s");
        Preconditions.CheckHalfOpenRange(nameof(maxDesensitization), maxDesensitization, 0, 1);
        Preconditions.CheckRange(nameof(halfDesensitizingExcess), halfDesensitizingExcess, double.Epsilon, 1000);
        Preconditions.CheckPositive(nameof(regulationTime), regulationTime.Seconds, "s");
        Preconditions.CheckRange(nameof(regulationGain), regulationGain, 0, 10);
        Preconditions.CheckRange(nameof(minDensity), minDensity, 0, 1);
        Preconditions.CheckRange(nameof(maxDensity), maxDensity, 1, 100);
        return new ReceptorAdaptation(name, desensitizationTime, maxDesensitization, halfDesensitizingExcess, regulationTime, regulationGain, minDensity, maxDensity);
    }

    /// <summary>The state the receptors settle at under constant stimulation: D<sub>∞</sub>(s) and R<sub>∞</sub>(s).</summary>
    /// <param name="stimulation">s. Range: 0 ≤ s ≤ 1000.</param>
    /// <returns>The steady state.</returns>
    public AdaptationState SteadyStateAt(double stimulation)
    {
        Preconditions.CheckRange(nameof(stimulation), stimulation, 0, StimulationStep.MaxStimulation);
        var excess = Math.Max(0, stimulation - 1);
        var desensitized = MaxDesensitization * excess / (excess + HalfDesensitizingExcess);
        var density = stimulation == 0 ? MaxDensity : Math.Clamp(Math.Pow(stimulation, -RegulationGain), MinDensity, MaxDensity);
        return new AdaptationState(density, desensitized);
    }

    /// <summary>The exact state after <paramref name="elapsed"/> at constant stimulation: x(t) = x<sub>∞</sub> + (x<sub>0</sub> − x<sub>∞</sub>)e<sup>−t/τ</sup>.</summary>
    /// <param name="state">The state at the start.</param>
    /// <param name="stimulation">s during the interval. Range: 0 ≤ s ≤ 1000.</param>
    /// <param name="elapsed">The interval. Range: ≥ 0.</param>
    /// <returns>The state at the end.</returns>
    /// <exception cref="InvalidParameterException">The state is not a valid one (density outside [0, 100] or desensitized fraction outside [0, 1)).</exception>
    public AdaptationState Advance(AdaptationState state, double stimulation, Duration elapsed)
    {
        Preconditions.CheckNotNull(nameof(state), state);
        Preconditions.CheckRange("state.Density", state.Density, 0, 100);
        Preconditions.CheckHalfOpenRange("state.Desensitized", state.Desensitized, 0, 1);
        var target = SteadyStateAt(stimulation);
        var keepD = Math.Exp(-elapsed.Seconds / DesensitizationTime.Seconds);
        var keepR = Math.Exp(-elapsed.Seconds / RegulationTime.Seconds);
        return new AdaptationState(
            target.Density + ((state.Density - target.Density) * keepR),
            target.Desensitized + ((state.Desensitized - target.Desensitized) * keepD));
    }

    /// <summary>Runs a schedule of constant-stimulation steps from a starting state, sampling each step at equal times.</summary>
    /// <param name="schedule">One or more steps.</param>
    /// <param name="pointsPerStep">Samples per step (the step's end included). Range: 1 ≤ points ≤ 10 000. Default 50.</param>
    /// <param name="start">The state at time zero; <see cref="AdaptationState.Baseline"/> when null.</param>
    /// <returns>The times (from the start) and the states, the start included.</returns>
    /// <exception cref="InvalidParameterException">The schedule is empty.</exception>
    public IReadOnlyList<(Duration Time, AdaptationState State)> Simulate(IEnumerable<StimulationStep> schedule, int pointsPerStep = 50, AdaptationState? start = null)
    {
        var steps = Preconditions.CheckNotNull(nameof(schedule), schedule).ToArray();
        if (steps.Length == 0)
        {
            throw new InvalidParameterException("The schedule needs at least one step, but none was given.", nameof(schedule));
        }

        Preconditions.CheckRange(nameof(pointsPerStep), pointsPerStep, 1, 10_000);
        var state = start ?? AdaptationState.Baseline;
        var time = Duration.Zero;
        var result = new List<(Duration, AdaptationState)>((steps.Length * pointsPerStep) + 1) { (time, state) };
        foreach (var step in steps)
        {
            var stepStart = state;
            for (var i = 1; i <= pointsPerStep; i++)
            {
                var into = step.Duration * ((double)i / pointsPerStep);
                result.Add((time + into, Advance(stepStart, step.Stimulation, into)));
            }

            state = result[^1].Item2;
            time += step.Duration;
        }

        return result;
    }

    /// <summary>
    /// How long density regulation takes to complete a given fraction of its change after a step in
    /// stimulation: t = −τ<sub>r</sub>·ln(1 − fraction), from R(t) = R<sub>∞</sub> + (R<sub>0</sub> − R<sub>∞</sub>)e<sup>−t/τ<sub>r</sub></sup>.
    /// </summary>
    /// <param name="fraction">The fraction of the change completed, e.g. 0.95. Range: 0 &lt; fraction &lt; 1.</param>
    /// <returns>The time; for 0.95 about 3·τ<sub>r</sub>.</returns>
    /// <exception cref="ParameterOutOfRangeException">The fraction is NaN or outside (0, 1).</exception>
    /// <seealso cref="Advance"/>
    public Duration TimeToRegulate(double fraction)
    {
        Preconditions.CheckHalfOpenRange(nameof(fraction), fraction, 0, 1);
        if (fraction == 0)
        {
            throw new ParameterOutOfRangeException(nameof(fraction), fraction, "fraction must be above 0 and below 1, but was 0.");
        }

        return RegulationTime * -Math.Log(1 - fraction);
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} (τd = {DesensitizationTime}, τr = {RegulationTime})");
}

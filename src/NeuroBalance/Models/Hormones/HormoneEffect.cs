using NeuroBalance.Internal;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Hormones;

/// <summary>
/// One documented hormone → target effect: the multiplier range the sources support, with citation,
/// species and evidence level. Immutable.
/// </summary>
/// <remarks>
/// <para>[<see cref="Low"/>, <see cref="High"/>] is the ratio "target with the hormone at its reference
/// level ÷ target without the hormone" that the sources support. Where they disagree on the direction
/// (Low &lt; 1 &lt; High) the range spans 1 and <see cref="Direction"/> says "depends on species/region".</para>
/// <para>For a relative level L, the multiplier on the model parameter (relative to the reference state) is
/// <c>F^(s(L) − 1)</c> with <c>s(L) = 1.5·L/(L + 0.5)</c>: 1/F without the hormone, 1 at the reference
/// level, saturating at F^0.5 for very high levels. This interpolation is illustrative: the sources give
/// end-points (hormone absent vs replaced), not dose–response curves.</para>
/// </remarks>
public sealed record HormoneEffect
{
    private const double SaturationK = 0.5;

    /// <summary>Creates an effect.</summary>
    /// <param name="hormone">The hormone.</param>
    /// <param name="target">What it scales.</param>
    /// <param name="low">Lower end of the multiplier range. Range: 0.01 to 100.</param>
    /// <param name="high">Upper end. Range: low to 100.</param>
    /// <param name="source">The citation; null only when the primary citation is still to be added (the note names it).</param>
    /// <param name="species">Species and region, e.g. "rhesus macaque, dorsal raphe".</param>
    /// <param name="evidence">The evidence level.</param>
    /// <param name="note">What was measured and any caveat.</param>
    /// <exception cref="ParameterOutOfRangeException">The range is invalid.</exception>
    public HormoneEffect(Hormone hormone, ModulationTarget target, double low, double high, Citation? source, string species, EvidenceLevel evidence, string note)
    {
        Hormone = hormone;
        Target = target;
        Low = Preconditions.CheckRange(nameof(low), low, 0.01, 100);
        High = Preconditions.CheckRange(nameof(high), high, low, 100);
        Source = source;
        Species = Preconditions.CheckNotBlank(nameof(species), species);
        Evidence = evidence;
        Note = Preconditions.CheckNotBlank(nameof(note), note);
    }

    /// <summary>Gets the hormone.</summary>
    public Hormone Hormone { get; }

    /// <summary>Gets the target.</summary>
    public ModulationTarget Target { get; }

    /// <summary>Gets the lower end of the multiplier range (hormone at reference ÷ hormone absent).</summary>
    public double Low { get; }

    /// <summary>Gets the upper end of the multiplier range.</summary>
    public double High { get; }

    /// <summary>Gets the citation, or null when the primary citation is still to be added.</summary>
    public Citation? Source { get; }

    /// <summary>Gets the species and region.</summary>
    public string Species { get; }

    /// <summary>Gets the evidence level.</summary>
    public EvidenceLevel Evidence { get; }

    /// <summary>Gets what was measured and any caveat.</summary>
    public string Note { get; }

    /// <summary>Gets "up", "down", "no clear change" or "depends on species/region".</summary>
    public string Direction => Low >= 1 && High > 1 ? "up" : High <= 1 && Low < 1 ? "down" : Low == 1 && High == 1 ? "no clear change" : "depends on species/region";

    /// <summary>The fold change F (hormone at reference ÷ absent) for an estimate.</summary>
    /// <param name="estimate">Which end of the range.</param>
    /// <returns>F.</returns>
    public double Fold(EffectEstimate estimate) => estimate switch
    {
        EffectEstimate.Low => Low,
        EffectEstimate.High => High,
        _ => Math.Sqrt(Low * High),
    };

    /// <summary>The multiplier on the target at a relative hormone level, relative to the reference state.</summary>
    /// <param name="level">Relative hormone level. Range: 0 to 100.</param>
    /// <param name="estimate">Which end of the range. Default Central.</param>
    /// <returns>The multiplier, F^(s(L) − 1).</returns>
    /// <exception cref="ParameterOutOfRangeException">The level is out of range.</exception>
    public double MultiplierAt(double level, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckRange(nameof(level), level, 0, HormoneState.MaxLevel);
        var s = (1 + SaturationK) * level / (level + SaturationK);
        return Math.Pow(Fold(estimate), s - 1);
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Hormone} → {Target}: ×{Low:G3}–{High:G3} ({Direction}; {Species}; {Evidence}; {Source?.ToString() ?? "citation to be added"})");
}

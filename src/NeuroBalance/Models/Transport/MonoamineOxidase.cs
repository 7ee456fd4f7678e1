using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Transport;

/// <summary>
/// The isoform layer over the lumped MAO step of the terminal models: the MAO flux of a substrate is
/// split between MAO-A and MAO-B by a share f<sub>A</sub> (<see cref="MaoSubstrateShare"/>), and
/// isoform-selective inhibition removes part of each isoform's activity.
/// </summary>
/// <remarks>
/// <para>Equation (dimensionless):</para>
/// <code>
/// remaining = f_A·(1 − i_A) + (1 − f_A)·(1 − i_B)
/// V_MAO(inhibited) = remaining · V_MAO(uninhibited)
/// </code>
/// <para>f_A: fraction of the substrate's MAO flux carried by MAO-A in that tissue; i_A, i_B: fraction of
/// MAO-A and MAO-B activity removed by an inhibitor (0 = none, 1 = all). An irreversible inhibitor
/// (clorgyline for MAO-A; selegiline, rasagiline for MAO-B) removes enzyme until it is resynthesised, so i is
/// the fraction inactivated; a reversible one (moclobemide, MAO-A) removes a fraction that follows its
/// concentration, so i is its fractional inhibition at that concentration.</para>
/// <para>Simplifications: each isoform's rate is proportional to its remaining activity, and the split
/// f_A does not change with substrate concentration (both isoforms far from saturation, or similar K<sub>m</sub>).
/// Inhibitor selectivity is not modelled: i_A and i_B are inputs, so a dose of selegiline high enough to
/// inhibit MAO-A too must be given as both.</para>
/// <para>Sources and disagreement. Youdim, Edmondson &amp; Tipton 2006 (<see href="https://doi.org/10.1038/nrn1883"/>)
/// describe substrate preference qualitatively: serotonin and norepinephrine are preferentially MAO-A
/// substrates, phenylethylamine and benzylamine MAO-B substrates, dopamine and tyramine substrates of
/// both. For dopamine the share depends on species and region: in rat striatum dopamine is deaminated
/// mainly by MAO-A, MAO-B being in glia (Sader-Mazbar et al. 2013, <see href="https://doi.org/10.1111/bph.12349"/>),
/// whereas human basal ganglia contain abundant MAO-B, largely in glia, which is why MAO-B inhibitors
/// help in Parkinson's disease (Youdim et al. 2006). No source gives one number for f_A: every share below
/// is our illustrative choice, labelled <see cref="EvidenceLevel.Illustrative"/>, placed on the side the sources support.</para>
/// </remarks>
public static class MonoamineOxidase
{
    /// <summary>Gets the serotonin share: f<sub>A</sub> = 0.9 (illustrative; 5-HT is preferentially an MAO-A substrate).</summary>
    public static Sourced<MaoSubstrateShare> Serotonin { get; } = Illustrative(0.9, References.Cite("youdim2006"), "5-HT is preferentially deaminated by MAO-A; the preference is qualitative in the source, 0.9 is our choice");

    /// <summary>Gets the norepinephrine share: f<sub>A</sub> = 0.9 (illustrative; NE is preferentially an MAO-A substrate).</summary>
    public static Sourced<MaoSubstrateShare> Norepinephrine { get; } = Illustrative(0.9, References.Cite("youdim2006"), "NE is preferentially deaminated by MAO-A; 0.9 is our choice");

    /// <summary>Gets the phenylethylamine share: f<sub>A</sub> = 0.1 (illustrative; PEA, like benzylamine, is preferentially an MAO-B substrate).</summary>
    public static Sourced<MaoSubstrateShare> Phenylethylamine { get; } = Illustrative(0.1, References.Cite("youdim2006"), "phenylethylamine and benzylamine are preferentially MAO-B substrates; 0.1 is our choice");

    /// <summary>Gets the tyramine share: f<sub>A</sub> = 0.5 (illustrative; tyramine is a substrate of both).</summary>
    public static Sourced<MaoSubstrateShare> Tyramine { get; } = Illustrative(0.5, References.Cite("youdim2006"), "tyramine is a substrate of both isoforms; an even split is our choice");

    /// <summary>
    /// Gets the dopamine share in rodent striatum: f<sub>A</sub> = 0.9 (illustrative; rat striatal dopamine is deaminated mainly
    /// by MAO-A). The default of <see cref="Terminals.DopamineTerminal"/>, whose MAO step (kcat_cda) acts on cytosolic
    /// dopamine inside the terminal, where MAO-A is the neuronal isoform.
    /// </summary>
    public static Sourced<MaoSubstrateShare> DopamineRodentStriatum { get; } = Illustrative(0.9, References.Cite("sadermazbar2013"), "rat striatum: dopamine deaminated mainly by MAO-A, MAO-B in glia; 0.9 is our choice");

    /// <summary>
    /// Gets the dopamine share in human basal ganglia: f<sub>A</sub> = 0.3 (illustrative; MAO-B is abundant there, mostly in glia,
    /// and MAO-B inhibitors raise striatal dopamine in Parkinson's disease).
    /// </summary>
    /// <remarks>
    /// Much of this MAO-B flux is glial: it acts on dopamine taken up from outside the terminal, a route the
    /// Best et al. 2009 terminal lumps into extracellular catabolism. Using this share on the terminal's cytosolic
    /// MAO step is therefore a what-if, not a human measurement.
    /// </remarks>
    public static Sourced<MaoSubstrateShare> DopamineHumanBasalGanglia { get; } = Illustrative(0.3, References.Cite("youdim2006"), "human basal ganglia: MAO-B abundant, largely glial; 0.3 is our choice");

    /// <summary>
    /// The MAO activity left towards a substrate under isoform-selective inhibition, as a fraction of the
    /// uninhibited activity: remaining = f<sub>A</sub>·(1 − i<sub>A</sub>) + (1 − f<sub>A</sub>)·(1 − i<sub>B</sub>).
    /// </summary>
    /// <param name="fractionA">f<sub>A</sub>, the fraction of the substrate's MAO flux carried by MAO-A. Range: 0 ≤ f<sub>A</sub> ≤ 1.</param>
    /// <param name="maoAInhibition">i<sub>A</sub>, the fraction of MAO-A activity removed. Range: 0 ≤ i<sub>A</sub> ≤ 1.</param>
    /// <param name="maoBInhibition">i<sub>B</sub>, the fraction of MAO-B activity removed. Range: 0 ≤ i<sub>B</sub> ≤ 1.</param>
    /// <returns>The remaining activity factor, between 0 and 1: 1 without inhibition, 0 when both isoforms are fully inhibited.</returns>
    /// <exception cref="ParameterOutOfRangeException">A value is NaN, infinite or outside [0, 1].</exception>
    /// <seealso cref="MaoSubstrateShare.RemainingActivity"/>
    public static double RemainingActivity(double fractionA, double maoAInhibition, double maoBInhibition)
    {
        Preconditions.CheckRange(nameof(fractionA), fractionA, 0, 1);
        Preconditions.CheckRange(nameof(maoAInhibition), maoAInhibition, 0, 1);
        Preconditions.CheckRange(nameof(maoBInhibition), maoBInhibition, 0, 1);

        // Clamp guards only against rounding (e.g. 1 − 1e-17 sums); the exact value is within [0, 1].
        return Math.Clamp((fractionA * (1 - maoAInhibition)) + ((1 - fractionA) * (1 - maoBInhibition)), 0, 1);
    }

    /// <summary>Rejects a value that is not a defined <see cref="MaoIsoform"/>.</summary>
    internal static MaoIsoform CheckIsoform(string paramName, MaoIsoform isoform) =>
        Enum.IsDefined(isoform)
            ? isoform
            : throw new ParameterOutOfRangeException(paramName, isoform, FormattableString.Invariant($"{paramName} must be MaoIsoform.A or MaoIsoform.B, but was {(int)isoform}."));

    private static Sourced<MaoSubstrateShare> Illustrative(double fractionA, Citation source, string note) =>
        new(MaoSubstrateShare.FromMaoAFraction(fractionA), source, EvidenceLevel.Illustrative, note);
}

using NeuroBalance.Content;
using NeuroBalance.Science;
using NeuroBalance.Internal;

namespace NeuroBalance.Lessons;

/// <summary>
/// An <b>illustrative</b> calculation of one serotonin–dopamine interaction: 5-HT acting on 5-HT2C
/// receptors (largely on GABA interneurons in the ventral tegmental area) restrains dopamine release, so
/// raising 5-HT can lower dopamine output. No terminal model of this exists in the course; this is a
/// one-line saturating brake, labelled illustrative.
/// </summary>
/// <remarks>
/// <para><b>Equation</b>: r(s) = (1 − I<sub>max</sub>·s/(s + K)) / (1 − I<sub>max</sub>/(1 + K)), where s is
/// extracellular 5-HT relative to baseline, I<sub>max</sub> the largest fractional inhibition and K the
/// relative 5-HT giving half of it. r(1) = 1 by construction; r falls as s rises and rises as s falls.</para>
/// <para><b>Evidence</b>: the direction (the main 5-HT control of midbrain dopamine neurons is inhibitory,
/// much of it through 5-HT2C receptors; 5-HT2C antagonists raise dopamine release) comes from rodent
/// microdialysis and electrophysiology reviewed by De Deurwaerdère &amp; Di Giovanni 2017
/// (reference dedeurwaerdere2017). Other receptors (5-HT1A, 5-HT1B, 5-HT2A, 5-HT3, 5-HT4) push
/// the other way in some regions, so the net effect depends on region and receptor. The numbers
/// I<sub>max</sub> = 0.5 and K = 1 are <b>illustrative</b>, not fitted.</para>
/// </remarks>
public static class SerotoninDopamineBrake
{
    /// <summary>The default I<sub>max</sub>: 0.5 (illustrative).</summary>
    public const double DefaultMaxInhibition = 0.5;

    /// <summary>The default K: 1, i.e. half the maximal brake at baseline 5-HT (illustrative).</summary>
    public const double DefaultHalfEffect = 1;

    /// <summary>Gets the review behind the direction of the effect.</summary>
    /// <remarks>Read from the course's reference list (<c>references.yaml</c>, key <see cref="SourceKey"/>).</remarks>
    public static Citation Source => References.Cite(SourceKey);

    /// <summary>The <c>references.yaml</c> key of the review behind the direction of the effect.</summary>
    public const string SourceKey = "dedeurwaerdere2017";

    /// <summary>Gets the evidence level of the numbers: illustrative (the direction is from rodent studies).</summary>
    public static EvidenceLevel Evidence => EvidenceLevel.Illustrative;

    /// <summary>Dopamine release relative to baseline when extracellular 5-HT is <paramref name="serotoninRelative"/> × baseline.</summary>
    /// <param name="serotoninRelative">s, 5-HT relative to baseline. Range: 0 ≤ s ≤ 100.</param>
    /// <param name="maxInhibition">I<sub>max</sub>. Range: 0 ≤ I<sub>max</sub> ≤ 0.95. Default 0.5.</param>
    /// <param name="halfEffect">K. Range: 0.01 ≤ K ≤ 100. Default 1.</param>
    /// <returns>r(s) (1 at s = 1).</returns>
    /// <exception cref="ParameterOutOfRangeException">An argument is NaN, infinite or out of range.</exception>
    public static double DopamineReleaseFactor(double serotoninRelative, double maxInhibition = DefaultMaxInhibition, double halfEffect = DefaultHalfEffect)
    {
        Preconditions.CheckRange(nameof(serotoninRelative), serotoninRelative, 0, 100);
        Preconditions.CheckRange(nameof(maxInhibition), maxInhibition, 0, 0.95);
        Preconditions.CheckRange(nameof(halfEffect), halfEffect, 0.01, 100);
        return (1 - (maxInhibition * serotoninRelative / (serotoninRelative + halfEffect))) / (1 - (maxInhibition / (1 + halfEffect)));
    }
}

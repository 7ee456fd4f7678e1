using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// Surmountable competitive antagonism: the Gaddum equation and the Schild dose ratio.
/// </summary>
/// <remarks>
/// <para><b>Gaddum</b>: with a competitive antagonist B at [B], the agonist occupancy is
/// θ<sub>A</sub> = [A] / ([A] + K<sub>A</sub>(1 + [B]/K<sub>B</sub>)).
/// <b>Schild</b>: the agonist needs r times more concentration for the same response, with the dose
/// ratio r = 1 + [B]/K<sub>B</sub>, so log(r − 1) = log[B] − log K<sub>B</sub> (slope 1, x-intercept
/// log K<sub>B</sub>; pA<sub>2</sub> = −log<sub>10</sub> K<sub>B</sub> in mol/L). The dose ratio does not
/// depend on the agonist or on the tissue's receptor reserve: this is what makes it a measure of the
/// antagonist's affinity. Arunlakshana O, Schild HO (1959) Br J Pharmacol Chemother 14:48–58,
/// <see href="https://doi.org/10.1111/j.1476-5381.1959.tb00928.x"/>.</para>
/// <para>Simplifications: equilibrium, reversible binding at one site, no depletion.</para>
/// </remarks>
public static class CompetitiveAntagonism
{
    /// <summary>The Schild dose ratio r = 1 + [B]/K<sub>B</sub>.</summary>
    /// <param name="antagonist">[B]. Range: ≥ 0.</param>
    /// <param name="kb">K<sub>B</sub>. Range: &gt; 0.</param>
    /// <returns>r ≥ 1.</returns>
    /// <exception cref="ParameterOutOfRangeException">K<sub>B</sub> is zero.</exception>
    public static double DoseRatio(Concentration antagonist, Concentration kb) =>
        1 + (antagonist.Nanomolar / Preconditions.CheckPositive(nameof(kb), kb.Nanomolar, "nM"));

    /// <summary>The agonist EC50 in the presence of the antagonist: EC50' = r·EC50.</summary>
    /// <param name="ec50">The EC50 without antagonist. Range: &gt; 0.</param>
    /// <param name="antagonist">[B]. Range: ≥ 0.</param>
    /// <param name="kb">K<sub>B</sub>. Range: &gt; 0.</param>
    /// <returns>The shifted EC50.</returns>
    /// <exception cref="ParameterOutOfRangeException">EC50 or K<sub>B</sub> is zero, or the result exceeds 10 M.</exception>
    public static Concentration ShiftedEc50(Concentration ec50, Concentration antagonist, Concentration kb)
    {
        Preconditions.CheckPositive(nameof(ec50), ec50.Nanomolar, "nM");
        var shifted = ec50.Nanomolar * DoseRatio(antagonist, kb);
        if (shifted > Concentration.MaxNanomolar)
        {
            // The largest [B] that keeps r·EC50 ≤ 10 M: [B] ≤ K_B(10 M/EC50 − 1).
            var largest = kb.Nanomolar * ((Concentration.MaxNanomolar / ec50.Nanomolar) - 1);
            throw new ParameterOutOfRangeException(
                nameof(antagonist),
                antagonist.Nanomolar,
                FormattableString.Invariant($"antagonist must be at most {Preconditions.Format(largest)} nM here: the shifted EC50 r·EC50 = {Preconditions.Format(shifted)} nM would exceed 10 M (1e10 nM), but antagonist was {antagonist}."));
        }

        return Concentration.FromNanomolar(shifted);
    }

    /// <summary>The Gaddum agonist occupancy θ<sub>A</sub> = [A]/([A] + K<sub>A</sub>(1 + [B]/K<sub>B</sub>)).</summary>
    /// <param name="agonist">[A]. Range: ≥ 0.</param>
    /// <param name="agonistKd">K<sub>A</sub>. Range: &gt; 0.</param>
    /// <param name="antagonist">[B]. Range: ≥ 0.</param>
    /// <param name="kb">K<sub>B</sub>. Range: &gt; 0.</param>
    /// <returns>θ<sub>A</sub> in [0, 1].</returns>
    public static double AgonistOccupancy(Concentration agonist, Concentration agonistKd, Concentration antagonist, Concentration kb)
    {
        Preconditions.CheckPositive(nameof(agonistKd), agonistKd.Nanomolar, "nM");
        var r = DoseRatio(antagonist, kb);
        return agonist.Nanomolar == 0 ? 0 : 1 / (1 + (agonistKd.Nanomolar * r / agonist.Nanomolar));
    }

    /// <summary>The antagonist concentration that gives a dose ratio r: [B] = K<sub>B</sub>(r − 1).</summary>
    /// <param name="doseRatio">r. Range: r ≥ 1, finite.</param>
    /// <param name="kb">K<sub>B</sub>. Range: &gt; 0.</param>
    /// <returns>[B].</returns>
    /// <exception cref="ParameterOutOfRangeException">r is below 1, or the result exceeds 10 M.</exception>
    public static Concentration AntagonistForDoseRatio(double doseRatio, Concentration kb)
    {
        Preconditions.CheckRange(nameof(doseRatio), doseRatio, 1, double.MaxValue);
        Preconditions.CheckPositive(nameof(kb), kb.Nanomolar, "nM");
        var largest = 1 + (Concentration.MaxNanomolar / kb.Nanomolar);
        if (doseRatio > largest)
        {
            throw new ParameterOutOfRangeException(
                nameof(doseRatio),
                doseRatio,
                FormattableString.Invariant($"doseRatio must be in the range [1, {Preconditions.Format(largest)}] for K_B = {kb}, so that [B] = K_B(r − 1) stays at most 10 M, but was {Preconditions.Format(doseRatio)}."));
        }

        return Concentration.FromNanomolar(kb.Nanomolar * (doseRatio - 1));
    }
}

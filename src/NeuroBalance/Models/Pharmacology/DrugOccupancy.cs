using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// Occupancy of a receptor or transporter by a drug, from its free concentration and inhibition
/// constant K<sub>i</sub>, alone or against an endogenous competitor; and the Cheng–Prusoff relation
/// between K<sub>i</sub> and a measured IC50.
/// </summary>
/// <remarks>
/// <para><b>Drug alone</b>: θ = [D]/([D] + K<sub>i</sub>) (mass action, <see cref="Occupancy.MassAction"/>).
/// <b>With an endogenous ligand L</b> at the same site:
/// θ<sub>D</sub> = ([D]/K<sub>i</sub>) / (1 + [D]/K<sub>i</sub> + [L]/K<sub>L</sub>): the transmitter makes the
/// drug look weaker, with an apparent K<sub>i</sub>' = K<sub>i</sub>(1 + [L]/K<sub>L</sub>).</para>
/// <para><b>Cheng–Prusoff</b> (competitive, one site): IC50 = K<sub>i</sub>(1 + [L]/K<sub>L</sub>), so
/// K<sub>i</sub> = IC50/(1 + [L]/K<sub>L</sub>), where [L] is the radioligand or substrate and K<sub>L</sub>
/// its K<sub>d</sub> or K<sub>m</sub>. Cheng Y, Prusoff WH (1973) Biochem Pharmacol 22:3099; exact only
/// when neither ligand is depleted: Munson PJ, Rodbard D (1988) J Recept Res 8:533,
/// <see href="https://doi.org/10.3109/10799898809049010"/>.</para>
/// <para>The free concentration at the target is rarely measured in people. Clinical PET studies
/// relate occupancy to dose or plasma level instead, and for SSRIs that relation "is not predictable
/// based on affinity alone" (Meyer 2007, J Psychiatry Neurosci 32:86). So a K<sub>i</sub> from a test
/// tube does not, on its own, predict a clinical occupancy.</para>
/// </remarks>
public static class DrugOccupancy
{
    /// <summary>Occupancy by the drug alone: θ = [D]/([D] + K<sub>i</sub>).</summary>
    /// <param name="drug">[D], free drug at the target. Range: ≥ 0.</param>
    /// <param name="ki">K<sub>i</sub>. Range: &gt; 0.</param>
    /// <returns>θ in [0, 1].</returns>
    /// <seealso cref="Occupancy.MassAction"/>
    public static double FromKi(Concentration drug, Concentration ki) =>
        Occupancy.MassAction(drug, Concentration.FromNanomolar(Preconditions.CheckPositive(nameof(ki), ki.Nanomolar, "nM")));

    /// <summary>The free drug concentration that gives a target occupancy: [D] = K<sub>i</sub>·θ/(1 − θ).</summary>
    /// <param name="occupancy">θ. Range: 0 ≤ θ &lt; 1.</param>
    /// <param name="ki">K<sub>i</sub>. Range: &gt; 0.</param>
    /// <returns>[D].</returns>
    public static Concentration ConcentrationFor(double occupancy, Concentration ki)
    {
        Preconditions.CheckHalfOpenRange(nameof(occupancy), occupancy, 0, 1);
        Preconditions.CheckPositive(nameof(ki), ki.Nanomolar, "nM");
        return Occupancy.ConcentrationFor(occupancy, ki);
    }

    /// <summary>Occupancy by the drug when an endogenous ligand competes: θ<sub>D</sub> = ([D]/K<sub>i</sub>)/(1 + [D]/K<sub>i</sub> + [L]/K<sub>L</sub>).</summary>
    /// <param name="drug">[D]. Range: ≥ 0.</param>
    /// <param name="ki">K<sub>i</sub> of the drug. Range: &gt; 0.</param>
    /// <param name="endogenous">[L], the transmitter at the site. Range: ≥ 0.</param>
    /// <param name="endogenousKd">K<sub>L</sub> (K<sub>d</sub> or K<sub>m</sub>) of the transmitter. Range: &gt; 0.</param>
    /// <returns>θ<sub>D</sub> in [0, 1].</returns>
    public static double WithCompetitor(Concentration drug, Concentration ki, Concentration endogenous, Concentration endogenousKd)
    {
        Preconditions.CheckPositive(nameof(ki), ki.Nanomolar, "nM");
        var d = drug.Nanomolar / ki.Nanomolar;
        return d == 0 ? 0 : d / (1 + d + CompetitorLoad(endogenous, endogenousKd));
    }

    /// <summary>Cheng–Prusoff: K<sub>i</sub> = IC50/(1 + [L]/K<sub>L</sub>).</summary>
    /// <param name="ic50">The measured IC50. Range: &gt; 0.</param>
    /// <param name="ligand">[L], the radioligand or substrate in the assay. Range: ≥ 0.</param>
    /// <param name="ligandKd">K<sub>L</sub>. Range: &gt; 0.</param>
    /// <returns>K<sub>i</sub> ≤ IC50.</returns>
    public static Concentration KiFromIc50(Concentration ic50, Concentration ligand, Concentration ligandKd)
    {
        Preconditions.CheckPositive(nameof(ic50), ic50.Nanomolar, "nM");
        return Concentration.FromNanomolar(ic50.Nanomolar / (1 + CompetitorLoad(ligand, ligandKd)));
    }

    /// <summary>Cheng–Prusoff, forward: the IC50 an assay will measure, IC50 = K<sub>i</sub>(1 + [L]/K<sub>L</sub>).</summary>
    /// <param name="ki">K<sub>i</sub>. Range: &gt; 0.</param>
    /// <param name="ligand">[L]. Range: ≥ 0.</param>
    /// <param name="ligandKd">K<sub>L</sub>. Range: &gt; 0.</param>
    /// <returns>IC50 ≥ K<sub>i</sub>.</returns>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range, or the result exceeds 10 M.</exception>
    public static Concentration Ic50FromKi(Concentration ki, Concentration ligand, Concentration ligandKd)
    {
        Preconditions.CheckPositive(nameof(ki), ki.Nanomolar, "nM");
        return ki * (1 + CompetitorLoad(ligand, ligandKd));
    }

    private static double CompetitorLoad(Concentration ligand, Concentration ligandKd) =>
        ligand.Nanomolar / Preconditions.CheckPositive(nameof(ligandKd), ligandKd.Nanomolar, "nM");
}

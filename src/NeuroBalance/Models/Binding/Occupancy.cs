using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Binding;

/// <summary>
/// Equilibrium receptor occupancy: the fraction of receptors that have a ligand bound.
/// </summary>
/// <remarks>
/// <para><b>Law of mass action</b> (one ligand, one site, no cooperativity):
/// θ = [L] / ([L] + K<sub>d</sub>), where θ is the fractional occupancy in [0, 1], [L] the free
/// ligand concentration and K<sub>d</sub> the equilibrium dissociation constant, the concentration at
/// which half of the receptors are occupied. Hulme EC, Trevethick MA (2010) "Ligand binding assays at
/// equilibrium: validation and interpretation", Br J Pharmacol 161:1219–1237,
/// <see href="https://doi.org/10.1111/j.1476-5381.2009.00604.x"/>.</para>
/// <para><b>Hill equation</b>: θ = [L]<sup>n</sup> / ([L]<sup>n</sup> + K<sup>n</sup>), where K is the
/// concentration of half-maximal occupancy and n the Hill coefficient (n = 1 gives mass action;
/// n &gt; 1 a steeper, cooperative curve). Hill AV (1910) J Physiol 40:iv–vii,
/// <see href="https://doi.org/10.1113/jphysiol.1910.sp001386"/>.</para>
/// <para>Simplifications: equilibrium only (no kinetics); free ligand equals added ligand (no
/// depletion); a single homogeneous population of sites.</para>
/// <para>Numerics: θ is computed as 1 / (1 + (K/[L])<sup>n</sup>), which is exactly 0.5 at
/// [L] = K, never leaves [0, 1], and does not overflow for large n or [L].</para>
/// </remarks>
public static class Occupancy
{
    /// <summary>The smallest Hill coefficient accepted.</summary>
    public const double MinHillCoefficient = 0.1;

    /// <summary>The largest Hill coefficient accepted.</summary>
    public const double MaxHillCoefficient = 10;

    /// <summary>Fractional occupancy by the law of mass action: θ = [L] / ([L] + K<sub>d</sub>).</summary>
    /// <param name="ligand">The free ligand concentration [L]. Range: [L] ≥ 0.</param>
    /// <param name="kd">The dissociation constant K<sub>d</sub>. Range: K<sub>d</sub> &gt; 0.</param>
    /// <returns>θ in [0, 1].</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="kd"/> is zero.</exception>
    /// <seealso cref="ReceptorBinding.OccupancyAt"/>
    public static double MassAction(Concentration ligand, Concentration kd) => Hill(ligand, kd, 1);

    /// <summary>Fractional occupancy by the Hill equation: θ = [L]<sup>n</sup> / ([L]<sup>n</sup> + K<sup>n</sup>).</summary>
    /// <param name="ligand">The free ligand concentration [L]. Range: [L] ≥ 0.</param>
    /// <param name="halfOccupancy">K, the concentration of half-maximal occupancy. Range: K &gt; 0.</param>
    /// <param name="hillCoefficient">n. Range: 0.1 ≤ n ≤ 10.</param>
    /// <returns>θ in [0, 1].</returns>
    /// <exception cref="ParameterOutOfRangeException">K is zero, or n is outside [0.1, 10] or not finite.</exception>
    /// <seealso cref="ReceptorBinding.OccupancyAt"/>
    public static double Hill(Concentration ligand, Concentration halfOccupancy, double hillCoefficient)
    {
        Preconditions.CheckPositive(nameof(halfOccupancy), halfOccupancy.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(hillCoefficient), hillCoefficient, MinHillCoefficient, MaxHillCoefficient);
        if (ligand.Nanomolar == 0)
        {
            return 0;
        }

        return 1 / (1 + Math.Pow(halfOccupancy.Nanomolar / ligand.Nanomolar, hillCoefficient));
    }

    /// <summary>The ligand concentration that gives a target occupancy: [L] = K · (θ / (1 − θ))<sup>1/n</sup>.</summary>
    /// <param name="occupancy">The target θ. Range: 0 ≤ θ &lt; 1.</param>
    /// <param name="halfOccupancy">K. Range: K &gt; 0.</param>
    /// <param name="hillCoefficient">n. Range: 0.1 ≤ n ≤ 10.</param>
    /// <returns>The free ligand concentration.</returns>
    /// <exception cref="ParameterOutOfRangeException">θ is outside [0, 1), K is zero, n is out of range, or θ would need more than 10 M of ligand.</exception>
    public static Concentration ConcentrationFor(double occupancy, Concentration halfOccupancy, double hillCoefficient = 1)
    {
        Preconditions.CheckHalfOpenRange(nameof(occupancy), occupancy, 0, 1);
        Preconditions.CheckPositive(nameof(halfOccupancy), halfOccupancy.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(hillCoefficient), hillCoefficient, MinHillCoefficient, MaxHillCoefficient);
        var nanomolar = halfOccupancy.Nanomolar * Math.Pow(occupancy / (1 - occupancy), 1 / hillCoefficient);
        if (!(nanomolar <= Concentration.MaxNanomolar))
        {
            throw new ParameterOutOfRangeException(
                nameof(occupancy),
                occupancy,
                FormattableString.Invariant($"occupancy {Preconditions.Format(occupancy)} would need {Preconditions.Format(nanomolar)} nM of ligand (K = {halfOccupancy}, n = {Preconditions.Format(hillCoefficient)}), ") +
                FormattableString.Invariant($"more than the {Preconditions.Format(Concentration.MaxNanomolar)} nM (10 M) limit. Choose a lower occupancy."));
        }

        return Concentration.FromNanomolar(nanomolar);
    }
}

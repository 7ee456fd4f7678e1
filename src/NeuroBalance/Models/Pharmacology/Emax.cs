using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// The empirical concentration–effect (E<sub>max</sub>) model: E = E<sub>max</sub>·[A]<sup>n</sup> / ([A]<sup>n</sup> + EC50<sup>n</sup>).
/// </summary>
/// <remarks>
/// <para>E is the response as a fraction of the system's maximal response (0 = none, 1 = the largest
/// response the tissue can give); E<sub>max</sub> ≤ 1 is the agonist's own maximum (its intrinsic
/// activity: 1 for a full agonist, less for a partial agonist); EC50 is the concentration of
/// half-maximal effect and n the slope (Hill) factor. It is the Hill equation of
/// <see cref="Occupancy.Hill"/> scaled by E<sub>max</sub>, and is computed through it.</para>
/// <para>It describes a curve; it does not say why EC50 differs from the binding constant. For that,
/// use the <see cref="OperationalModel"/>, whose EC50 and E<sub>max</sub> follow from affinity,
/// receptor density and efficacy (Black &amp; Leff 1983, <see href="https://doi.org/10.1098/rspb.1983.0093"/>).</para>
/// </remarks>
internal static class Emax
{
    /// <summary>The response E = E<sub>max</sub>·[A]<sup>n</sup>/([A]<sup>n</sup> + EC50<sup>n</sup>).</summary>
    /// <param name="agonist">[A]. Range: [A] ≥ 0.</param>
    /// <param name="ec50">EC50. Range: EC50 &gt; 0.</param>
    /// <param name="maxResponse">E<sub>max</sub>, a fraction of the system maximum. Range: 0 ≤ E<sub>max</sub> ≤ 1. Default 1.</param>
    /// <param name="slope">n. Range: 0.1 ≤ n ≤ 10. Default 1.</param>
    /// <returns>E in [0, E<sub>max</sub>].</returns>
    /// <exception cref="ParameterOutOfRangeException">EC50 is zero, or E<sub>max</sub> or n is out of range.</exception>
    public static double Response(Concentration agonist, Concentration ec50, double maxResponse = 1, double slope = 1)
    {
        Preconditions.CheckRange(nameof(maxResponse), maxResponse, 0, 1);
        Preconditions.CheckPositive(nameof(ec50), ec50.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(slope), slope, Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient);
        return maxResponse * Occupancy.Hill(agonist, ec50, slope);
    }

    /// <summary>The agonist concentration that gives a response E: [A] = EC50·(E / (E<sub>max</sub> − E))<sup>1/n</sup>.</summary>
    /// <param name="response">E. Range: 0 ≤ E &lt; E<sub>max</sub>.</param>
    /// <param name="ec50">EC50. Range: EC50 &gt; 0.</param>
    /// <param name="maxResponse">E<sub>max</sub>. Range: 0 &lt; E<sub>max</sub> ≤ 1. Default 1.</param>
    /// <param name="slope">n. Range: 0.1 ≤ n ≤ 10. Default 1.</param>
    /// <returns>[A].</returns>
    /// <exception cref="ParameterOutOfRangeException">E is not below E<sub>max</sub>, or another argument is out of range.</exception>
    public static Concentration ConcentrationFor(double response, Concentration ec50, double maxResponse = 1, double slope = 1)
    {
        Preconditions.CheckRange(nameof(maxResponse), maxResponse, double.Epsilon, 1);
        Preconditions.CheckHalfOpenRange(nameof(response), response, 0, maxResponse);
        Preconditions.CheckPositive(nameof(ec50), ec50.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(slope), slope, Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient);
        return Occupancy.ConcentrationFor(response / maxResponse, ec50, slope);
    }
}

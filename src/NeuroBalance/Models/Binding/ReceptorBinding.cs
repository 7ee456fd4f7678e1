using System.Globalization;
using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Binding;

/// <summary>
/// A ligand–receptor pair at equilibrium, described by its half-occupancy concentration and Hill
/// coefficient. Immutable.
/// </summary>
/// <remarks>See <see cref="Occupancy"/> for the equations, their sources and their simplifications.</remarks>
public sealed record ReceptorBinding
{
    private ReceptorBinding(string name, Concentration halfOccupancy, double hillCoefficient)
    {
        Name = name;
        HalfOccupancy = halfOccupancy;
        HillCoefficient = hillCoefficient;
    }

    /// <summary>Gets the name shown in legends and messages, e.g. "TH high-affinity site".</summary>
    public string Name { get; }

    /// <summary>Gets K: the free ligand concentration at which half of the receptors are occupied (K<sub>d</sub> when n = 1).</summary>
    public Concentration HalfOccupancy { get; }

    /// <summary>Gets the Hill coefficient n (1 for simple mass action).</summary>
    public double HillCoefficient { get; }

    /// <summary>Describes a simple one-site binding by its dissociation constant (law of mass action, n = 1).</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="kd">K<sub>d</sub>. Range: K<sub>d</sub> &gt; 0.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="InvalidParameterException">The name is blank.</exception>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="kd"/> is zero.</exception>
    public static ReceptorBinding FromKd(string name, Concentration kd)
    {
        Preconditions.CheckPositive(nameof(kd), kd.Nanomolar, "nM");
        return WithHill(name, kd, 1);
    }

    /// <summary>Describes a cooperative binding by the Hill equation.</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="halfOccupancy">K. Range: K &gt; 0.</param>
    /// <param name="hillCoefficient">n. Range: 0.1 ≤ n ≤ 10.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="InvalidParameterException">The name is blank.</exception>
    /// <exception cref="ParameterOutOfRangeException">K is zero, or n is out of range.</exception>
    public static ReceptorBinding WithHill(string name, Concentration halfOccupancy, double hillCoefficient)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        Preconditions.CheckPositive(nameof(halfOccupancy), halfOccupancy.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(hillCoefficient), hillCoefficient, Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient);
        return new ReceptorBinding(name, halfOccupancy, hillCoefficient);
    }

    /// <summary>The fractional occupancy θ at a free ligand concentration.</summary>
    /// <param name="ligand">[L]. Range: [L] ≥ 0.</param>
    /// <returns>θ in [0, 1].</returns>
    /// <seealso cref="Occupancy.Hill"/>
    public double OccupancyAt(Concentration ligand) => Occupancy.Hill(ligand, HalfOccupancy, HillCoefficient);

    /// <summary>The free ligand concentration that gives a target occupancy.</summary>
    /// <param name="occupancy">θ. Range: 0 ≤ θ &lt; 1.</param>
    /// <returns>[L].</returns>
    /// <seealso cref="Occupancy.ConcentrationFor"/>
    public Concentration ConcentrationFor(double occupancy) => Occupancy.ConcentrationFor(occupancy, HalfOccupancy, HillCoefficient);

    /// <inheritdoc />
    public override string ToString() =>
        HillCoefficient == 1
            ? FormattableString.Invariant($"{Name} (Kd = {HalfOccupancy})")
            : string.Create(CultureInfo.InvariantCulture, $"{Name} (K = {HalfOccupancy}, n = {HillCoefficient:G3})");
}

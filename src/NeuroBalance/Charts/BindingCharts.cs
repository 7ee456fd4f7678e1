using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Charts;

/// <summary>Ready-made charts for the ligand–receptor binding model.</summary>
public static class BindingCharts
{
    /// <summary>The fewest points a curve may have.</summary>
    public const int MinPoints = 2;

    /// <summary>The most points a curve may have.</summary>
    public const int MaxPoints = 10_000;

    /// <summary>
    /// Occupancy θ against free ligand concentration on a log axis, one curve per binding.
    /// </summary>
    /// <param name="bindings">One or more bindings; each becomes a curve named by <see cref="ReceptorBinding.ToString"/>.</param>
    /// <param name="from">The lowest concentration. Range: &gt; 0.</param>
    /// <param name="to">The highest concentration. Range: &gt; <paramref name="from"/>.</param>
    /// <param name="points">Points per curve, log-spaced. Range: 2 ≤ points ≤ 10 000. Default 121.</param>
    /// <returns>A figure with a log x axis in nM and occupancy (a fraction of sites) on the y axis.</returns>
    /// <exception cref="InvalidParameterException">No binding is given.</exception>
    /// <exception cref="MissingParameterException"><paramref name="bindings"/> or one of its entries is null (the message names the entry).</exception>
    /// <exception cref="ParameterOutOfRangeException">A range or the point count is invalid.</exception>
    public static Figure OccupancyCurves(IEnumerable<ReceptorBinding> bindings, Concentration from, Concentration to, int points = 121)
    {
        var list = Preconditions.CheckNoNullEntries(nameof(bindings), Preconditions.CheckNotNull(nameof(bindings), bindings).ToArray());
        if (list.Count == 0)
        {
            throw new InvalidParameterException("Give at least one binding to plot, but none was given.", nameof(bindings));
        }

        Preconditions.CheckPositive(nameof(from), from.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(to), to.Nanomolar, Math.BitIncrement(from.Nanomolar), Concentration.MaxNanomolar, "nM");
        Preconditions.CheckRange(nameof(points), points, MinPoints, MaxPoints);

        var x = Grid.LogSpaced(from.Nanomolar, to.Nanomolar, points);
        var series = list.Select(b => new Series(
            b.ToString(),
            x,
            x.Select(c => b.OccupancyAt(Concentration.FromNanomolar(c)))));
        var names = string.Join(" and ", list.Select(b => b.ToString()));
        return new Figure(
            "Binding-site occupancy against ligand concentration",
            FormattableString.Invariant($"Fraction of sites occupied at equilibrium for {names}, from {from} to {to} on a log scale. ") +
            "Each curve crosses 0.5 at its half-occupancy concentration; a 100-fold range of concentration takes a simple (n = 1) site from about 9% to 91% occupied.",
            new Axis("Free ligand concentration", "nM", AxisScale.Log),
            new Axis("Occupancy θ", "fraction of sites"),
            series);
    }

    /// <summary>Occupancy curves for the bindings given, over a range.</summary>
    /// <param name="from">The lowest concentration. Range: &gt; 0.</param>
    /// <param name="to">The highest concentration. Range: &gt; <paramref name="from"/>.</param>
    /// <param name="bindings">One or more bindings.</param>
    /// <returns>The figure.</returns>
    /// <seealso cref="OccupancyCurves(IEnumerable{ReceptorBinding}, Concentration, Concentration, int)"/>
    public static Figure OccupancyCurves(Concentration from, Concentration to, params ReceptorBinding[] bindings) =>
        OccupancyCurves(bindings, from, to);
}

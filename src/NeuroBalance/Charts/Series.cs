using System.Collections.Immutable;
using NeuroBalance.Internal;
using NeuroBalance.Models.Solvers;

namespace NeuroBalance.Charts;

/// <summary>One named line of a <see cref="Figure"/>: paired x and y values. Immutable: the values are copied.</summary>
public sealed class Series
{
    /// <summary>Creates a series.</summary>
    /// <param name="name">The legend entry. Must not be blank.</param>
    /// <param name="x">The x values. Must be finite and as many as <paramref name="y"/>.</param>
    /// <param name="y">The y values. Must be finite.</param>
    /// <exception cref="InvalidParameterException">The name is blank, the lengths differ, there are no points, or a value is not finite.</exception>
    public Series(string name, IEnumerable<double> x, IEnumerable<double> y)
    {
        Name = Preconditions.CheckNotBlank(nameof(name), name);
        X = Preconditions.CheckNotNull(nameof(x), x).ToImmutableArray();
        Y = Preconditions.CheckNotNull(nameof(y), y).ToImmutableArray();
        if (X.Count != Y.Count)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"x and y must have the same length, but x has {X.Count} values and y has {Y.Count}."), nameof(y));
        }

        if (X.Count == 0)
        {
            throw new InvalidParameterException("A series needs at least one point, but x and y are empty.", nameof(x));
        }

        CheckFinite(nameof(x), X);
        CheckFinite(nameof(y), Y);
    }

    /// <summary>A model variable over time as a chart line: x the times, y the values.</summary>
    /// <param name="timeSeries">The model output, e.g. <c>trajectory[DopamineTerminal.Eda]</c>.</param>
    /// <param name="legend">The legend entry; null for the series' name.</param>
    /// <returns>The chart line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeSeries"/> is null.</exception>
    public static Series Of(TimeSeries timeSeries, string? legend = null)
    {
        Preconditions.CheckNotNull(nameof(timeSeries), timeSeries);
        return new(legend ?? timeSeries.Name, timeSeries.Times, timeSeries.Values);
    }

    /// <summary>Gets the legend entry.</summary>
    public string Name { get; }

    /// <summary>Gets the x values.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Gets the y values.</summary>
    public IReadOnlyList<double> Y { get; }

    private static void CheckFinite(string paramName, IReadOnlyList<double> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new InvalidParameterException(FormattableString.Invariant($"{paramName}[{i}] must be a finite number, but was {Preconditions.Format(values[i])}."), paramName);
            }
        }
    }
}

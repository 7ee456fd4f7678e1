using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Solvers;

/// <summary>One named model variable over time, with units. Immutable. (A chart line is made from it by <c>Series.Of</c> in the charts layer; models know no charts.)</summary>
public sealed class TimeSeries
{
    /// <summary>Creates a time series.</summary>
    /// <param name="name">The variable's name, e.g. "Extracellular DA". Not blank.</param>
    /// <param name="unit">The unit of the values, e.g. "µM". Not blank.</param>
    /// <param name="timeUnit">The unit of the times, e.g. "h". Not blank.</param>
    /// <param name="times">The times; as many as <paramref name="values"/>.</param>
    /// <param name="values">The values.</param>
    /// <exception cref="InvalidParameterException">A text is blank or the lengths differ.</exception>
    public TimeSeries(string name, string unit, string timeUnit, IReadOnlyList<double> times, IReadOnlyList<double> values)
    {
        Name = Preconditions.CheckNotBlank(nameof(name), name);
        Unit = Preconditions.CheckNotBlank(nameof(unit), unit);
        TimeUnit = Preconditions.CheckNotBlank(nameof(timeUnit), timeUnit);
        Times = Preconditions.CheckNotNull(nameof(times), times).ToArray();
        Values = Preconditions.CheckNotNull(nameof(values), values).ToArray();
        if (Times.Count != Values.Count)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"times and values must have the same length, but had {Times.Count} and {Values.Count}."), nameof(values));
        }

        if (Times.Count == 0)
        {
            throw new InvalidParameterException("times must have at least one point, but was empty.", nameof(times));
        }

        for (var i = 0; i < Times.Count; i++)
        {
            if (!double.IsFinite(Times[i]) || (i > 0 && Times[i] < Times[i - 1]))
            {
                throw new InvalidParameterException(FormattableString.Invariant($"times must be finite and non-decreasing, but times[{i}] was {Preconditions.Format(Times[i])}{(i > 0 ? $" after {Preconditions.Format(Times[i - 1])}" : string.Empty)}."), nameof(times));
            }
        }
    }

    /// <summary>Gets the variable's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit of the values.</summary>
    public string Unit { get; }

    /// <summary>Gets the unit of the times.</summary>
    public string TimeUnit { get; }

    /// <summary>Gets the times.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Gets the values.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Gets the last value.</summary>
    public double Final => Values[^1];

    /// <summary>Gets the largest value.</summary>
    public double Max => Values.Max();

    /// <summary>Gets the smallest value.</summary>
    public double Min => Values.Min();

    /// <summary>The value at a time given as a <see cref="Duration"/>, linearly interpolated between output points.</summary>
    /// <param name="time">The time since t = 0. Range: first to last output time.</param>
    /// <returns>The interpolated value.</returns>
    /// <exception cref="ParameterOutOfRangeException">The time is outside the series.</exception>
    /// <exception cref="InvalidParameterException"><see cref="TimeUnit"/> is not one of s, min, h, d.</exception>
    public double At(Duration time) => TimeUnit switch
    {
        "s" => At(time.Seconds),
        "min" => At(time.Minutes),
        "h" => At(time.Hours),
        "d" => At(time.Days),
        _ => throw new InvalidParameterException(FormattableString.Invariant($"This series' time unit '{TimeUnit}' is not a time unit the Duration overload knows (s, min, h, d); use At(double) in {TimeUnit}."), nameof(time)),
    };

    /// <summary>The value at time <paramref name="time"/> in <see cref="TimeUnit"/>, linearly interpolated between output points.</summary>
    /// <param name="time">The time, in <see cref="TimeUnit"/>. Range: first to last output time.</param>
    /// <returns>The interpolated value.</returns>
    /// <exception cref="ParameterOutOfRangeException">The time is outside the series.</exception>
    public double At(double time)
    {
        Preconditions.CheckRange(nameof(time), time, Times[0], Times[^1], TimeUnit);
        var i = 1;
        while (i < Times.Count - 1 && Times[i] < time)
        {
            i++;
        }

        var (t0, t1) = (Times[i - 1], Times[i]);
        var w = t1 > t0 ? (time - t0) / (t1 - t0) : 1;
        return Values[i - 1] + (w * (Values[i] - Values[i - 1]));
    }

    /// <summary>This series scaled by a factor (for example µM → nM), with a new unit.</summary>
    /// <param name="factor">The factor. Range: finite, &gt; 0.</param>
    /// <param name="unit">The new unit. Not blank.</param>
    /// <returns>The scaled series.</returns>
    public TimeSeries Scaled(double factor, string unit)
    {
        Preconditions.CheckPositive(nameof(factor), factor);
        return new TimeSeries(Name, unit, TimeUnit, Times, Values.Select(v => v * factor).ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} ({Unit}) over {Times.Count} points, {Preconditions.Format(Times[0])}–{Preconditions.Format(Times[^1])} {TimeUnit}");
}

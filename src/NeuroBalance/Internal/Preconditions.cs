using System.Globalization;

namespace NeuroBalance.Internal;

/// <summary>
/// The single place where NeuroBalance checks arguments, so that every public API rejects bad input
/// the same way: a <see cref="ParameterOutOfRangeException"/> (or <see cref="InvalidParameterException"/>)
/// that names the parameter, the value it got and the valid range, and that a notebook shows
/// without a stack trace.
/// </summary>
internal static class Preconditions
{
    /// <summary>Rejects NaN, infinities and values outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static double CheckRange(string paramName, double value, double min, double max, string unit = "")
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < min || value > max)
        {
            throw new ParameterOutOfRangeException(
                paramName,
                value,
                $"{paramName} must be a finite number in the range [{Format(min)}, {Format(max)}]{UnitSuffix(unit)}, but was {Format(value)}{UnitSuffix(unit)}.");
        }

        return value;
    }

    /// <summary>Rejects NaN, infinities and values outside [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    internal static double CheckHalfOpenRange(string paramName, double value, double min, double maxExclusive)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < min || value >= maxExclusive)
        {
            throw new ParameterOutOfRangeException(
                paramName,
                value,
                $"{paramName} must be a finite number in the range [{Format(min)}, {Format(maxExclusive)}) ({Format(maxExclusive)} excluded), but was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Rejects NaN, infinities and values that are not strictly greater than zero.</summary>
    internal static double CheckPositive(string paramName, double value, string unit = "")
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value <= 0)
        {
            throw new ParameterOutOfRangeException(
                paramName,
                value,
                $"{paramName} must be a finite number greater than 0{UnitSuffix(unit)}, but was {Format(value)}{UnitSuffix(unit)}.");
        }

        return value;
    }

    /// <summary>Rejects NaN, infinities and negative values.</summary>
    internal static double CheckNonNegative(string paramName, double value, string unit = "") =>
        CheckRange(paramName, value, 0, double.MaxValue, unit);

    /// <summary>Rejects a null or blank string.</summary>
    internal static string CheckNotBlank(string paramName, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidParameterException($"{paramName} must be a non-empty text, but was {(value is null ? "null" : "blank")}.", paramName);
        }

        return value;
    }

    /// <summary>Rejects a null value with a <see cref="MissingParameterException"/> that names the parameter.</summary>
    internal static T CheckNotNull<T>(string paramName, T? value)
        where T : class =>
        value ?? throw new MissingParameterException(paramName, $"{paramName} must not be null; pass a value.");

    /// <summary>Rejects a null list and a list with a null entry, naming the entry's index.</summary>
    internal static IReadOnlyList<T> CheckNoNullEntries<T>(string paramName, IReadOnlyList<T?>? values)
        where T : class
    {
        CheckNotNull(paramName, values);
        for (var i = 0; i < values!.Count; i++)
        {
            if (values[i] is null)
            {
                throw new MissingParameterException(paramName, $"{paramName}[{i}] must not be null; pass a value for every entry.");
            }
        }

        return values!;
    }

    internal static string Format(double value) => value switch
    {
        double.MaxValue => "∞",
        double.PositiveInfinity => "+∞",
        double.NegativeInfinity => "-∞",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    private static string UnitSuffix(string unit) => unit.Length == 0 ? string.Empty : " " + unit;
}

using System.Globalization;

namespace NeuroBalance.Lessons;

/// <summary>
/// Argument checks and sample grids for lesson 08's code, written like the core library's (whose helpers
/// are internal): a bad number throws a <see cref="ParameterOutOfRangeException"/> naming the parameter,
/// the value and the valid range.
/// </summary>
internal static class IntegrationChecks
{
    /// <summary>Rejects NaN, infinities and values outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    internal static double CheckRange(string paramName, double value, double min, double max, string unit = "")
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            var suffix = unit.Length == 0 ? string.Empty : " " + unit;
            throw new ParameterOutOfRangeException(
                paramName,
                value,
                $"{paramName} must be a finite number in the range [{Format(min)}, {Format(max)}]{suffix}, but was {Format(value)}{suffix}.");
        }

        return value;
    }

    /// <summary>Rejects a null value.</summary>
    internal static T CheckNotNull<T>(string paramName, T? value)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    /// <summary><paramref name="count"/> points from <paramref name="from"/> to <paramref name="to"/>, log-spaced, both ends exact.</summary>
    internal static double[] LogSpaced(double from, double to, int count)
    {
        var step = (Math.Log10(to) - Math.Log10(from)) / (count - 1);
        var points = Enumerable.Range(0, count).Select(i => Math.Pow(10, Math.Log10(from) + (i * step))).ToArray();
        points[0] = from;
        points[^1] = to;
        return points;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

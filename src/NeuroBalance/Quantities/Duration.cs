using NeuroBalance.Internal;

namespace NeuroBalance.Quantities;

/// <summary>
/// A length of time, stored in seconds (s). Immutable.
/// </summary>
/// <remarks>
/// <para>The default value is <see cref="Zero"/>. Valid values are finite and in
/// [0, <see cref="MaxSeconds"/>] s (0 to about 317 years), which covers every time scale in the
/// course, from the ~1 ms clearance of transmitter in the synaptic cleft to receptor adaptation over
/// weeks. A duration is never negative: it is a span, not a signed difference of time points.</para>
/// <para>Equality and ordering compare the stored value in seconds exactly.</para>
/// <para><see cref="ToString()"/> uses the invariant culture and picks a readable unit: ms below
/// 1 s, s below 1 min, min below 1 h, h below 1 day, days above.</para>
/// <para>Related quantities: <see cref="Rate"/> (its reciprocal, via <see cref="Rate.FromTimeConstant"/>
/// and <see cref="Rate.ToTimeConstant"/>) and <see cref="ConcentrationRate"/>
/// (<c>ConcentrationRate × Duration = Concentration</c>, <c>Concentration / Duration = ConcentrationRate</c>).</para>
/// </remarks>
public readonly record struct Duration : IComparable<Duration>, IFormattable
{
    /// <summary>The longest duration accepted, in seconds (1e10 s, about 317 years).</summary>
    public const double MaxSeconds = 1e10;

    private const double SecondsPerMinute = 60;
    private const double SecondsPerHour = 3600;
    private const double SecondsPerDay = 86_400;
    private const double SecondsPerWeek = 604_800;

    private Duration(double seconds) => Seconds = seconds;

    /// <summary>Gets the zero duration.</summary>
    public static Duration Zero => default;

    /// <summary>Gets the value in seconds (s).</summary>
    public double Seconds { get; }

    /// <summary>Gets the value in milliseconds (ms).</summary>
    public double Milliseconds => Seconds * 1e3;

    /// <summary>Gets the value in minutes (min).</summary>
    public double Minutes => Seconds / SecondsPerMinute;

    /// <summary>Gets the value in hours (h).</summary>
    public double Hours => Seconds / SecondsPerHour;

    /// <summary>Gets the value in days (d, 24 h).</summary>
    public double Days => Seconds / SecondsPerDay;

    /// <summary>Gets the value in weeks (7 days).</summary>
    public double Weeks => Seconds / SecondsPerWeek;

    /// <summary>Creates a duration from seconds.</summary>
    /// <param name="seconds">The value in s. Range: 0 ≤ value ≤ 1e10 s, finite.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e10 s.</exception>
    public static Duration FromSeconds(double seconds) =>
        new(Preconditions.CheckRange(nameof(seconds), seconds, 0, MaxSeconds, "s"));

    /// <summary>Creates a duration from milliseconds.</summary>
    /// <param name="milliseconds">The value in ms. Range: 0 ≤ value ≤ 1e13 ms, finite.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e10 s.</exception>
    public static Duration FromMilliseconds(double milliseconds) =>
        new(Preconditions.CheckRange(nameof(milliseconds), milliseconds, 0, MaxSeconds * 1e3, "ms") / 1e3);

    /// <summary>Creates a duration from minutes.</summary>
    /// <param name="minutes">The value in min. Range: 0 ≤ value ≤ 1e10/60 min, finite.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e10 s.</exception>
    public static Duration FromMinutes(double minutes) =>
        new(Preconditions.CheckRange(nameof(minutes), minutes, 0, MaxSeconds / SecondsPerMinute, "min") * SecondsPerMinute);

    /// <summary>Creates a duration from hours.</summary>
    /// <param name="hours">The value in h. Range: 0 ≤ value ≤ 1e10/3600 h, finite.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e10 s.</exception>
    public static Duration FromHours(double hours) =>
        new(Preconditions.CheckRange(nameof(hours), hours, 0, MaxSeconds / SecondsPerHour, "h") * SecondsPerHour);

    /// <summary>Creates a duration from days (24 h each).</summary>
    /// <param name="days">The value in days. Range: 0 ≤ value ≤ 1e10/86400 days, finite.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e10 s.</exception>
    public static Duration FromDays(double days) =>
        new(Preconditions.CheckRange(nameof(days), days, 0, MaxSeconds / SecondsPerDay, "days") * SecondsPerDay);

    /// <summary>Creates a duration from weeks (7 days each).</summary>
    /// <param name="weeks">The value in weeks. Range: 0 ≤ value ≤ 1e10/604800 weeks, finite.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e10 s.</exception>
    public static Duration FromWeeks(double weeks) =>
        new(Preconditions.CheckRange(nameof(weeks), weeks, 0, MaxSeconds / SecondsPerWeek, "weeks") * SecondsPerWeek);

    /// <summary>Adds two durations.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    /// <returns>The sum.</returns>
    public static Duration operator +(Duration left, Duration right) => Add(left, right);

    /// <summary>Subtracts a shorter duration from a longer one.</summary>
    /// <param name="left">The longer duration.</param>
    /// <param name="right">The shorter duration; must not exceed <paramref name="left"/>.</param>
    /// <returns>The difference.</returns>
    public static Duration operator -(Duration left, Duration right) => Subtract(left, right);

    /// <summary>Scales a duration by a dimensionless factor.</summary>
    /// <param name="duration">The duration.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled duration.</returns>
    public static Duration operator *(Duration duration, double factor) => Multiply(duration, factor);

    /// <summary>The dimensionless ratio of two durations.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator; must not be zero.</param>
    /// <returns>left / right.</returns>
    public static double operator /(Duration left, Duration right) => Divide(left, right);

    /// <summary>The average rate of change of a concentration: Δc / Δt.</summary>
    /// <param name="change">The change in concentration.</param>
    /// <param name="duration">The time it took; must not be zero.</param>
    /// <returns>The concentration rate.</returns>
    /// <seealso cref="ConcentrationRate.FromChange"/>
    public static ConcentrationRate operator /(Concentration change, Duration duration) => ConcentrationRate.FromChange(change, duration);

    /// <summary>Compares two durations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is shorter.</returns>
    public static bool operator <(Duration left, Duration right) => left.CompareTo(right) < 0;

    /// <summary>Compares two durations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is longer.</returns>
    public static bool operator >(Duration left, Duration right) => left.CompareTo(right) > 0;

    /// <summary>Compares two durations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is shorter or equal.</returns>
    public static bool operator <=(Duration left, Duration right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two durations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is longer or equal.</returns>
    public static bool operator >=(Duration left, Duration right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two durations.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ParameterOutOfRangeException">The sum exceeds 1e10 s.</exception>
    public static Duration Add(Duration left, Duration right) => FromSeconds(left.Seconds + right.Seconds);

    /// <summary>Subtracts a shorter duration from a longer one.</summary>
    /// <param name="left">The longer duration.</param>
    /// <param name="right">The shorter duration. Range: 0 ≤ right ≤ left.</param>
    /// <returns>left − right.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="right"/> is longer than <paramref name="left"/>.</exception>
    public static Duration Subtract(Duration left, Duration right)
    {
        Preconditions.CheckRange(nameof(right), right.Seconds, 0, left.Seconds, "s");
        return new Duration(left.Seconds - right.Seconds);
    }

    /// <summary>Scales a duration by a dimensionless factor.</summary>
    /// <param name="duration">The duration.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled duration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is negative or not finite, or the result exceeds 1e10 s.</exception>
    public static Duration Multiply(Duration duration, double factor) =>
        FromSeconds(duration.Seconds * Preconditions.CheckNonNegative(nameof(factor), factor));

    /// <summary>The dimensionless ratio of two durations.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator. Must be greater than zero.</param>
    /// <returns>left / right.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="right"/> is zero.</exception>
    public static double Divide(Duration left, Duration right) =>
        left.Seconds / Preconditions.CheckPositive(nameof(right), right.Seconds, "s");

    /// <inheritdoc />
    public int CompareTo(Duration other) => Seconds.CompareTo(other.Seconds);

    /// <summary>Formats the value with a readable unit, e.g. "64 ms", "9 h" or "21 days".</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">"ms", "s", "min", "h", "d" (days), "wk" (weeks), or null / "G" for a readable unit.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The number and its unit.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => Seconds switch
        {
            < 1 => ToString("ms", formatProvider),
            < SecondsPerMinute => ToString("s", formatProvider),
            < SecondsPerHour => ToString("min", formatProvider),
            < SecondsPerDay => ToString("h", formatProvider),
            _ => ToString("d", formatProvider),
        },
        "ms" => QuantityText.Format(Milliseconds, "ms", formatProvider),
        "s" => QuantityText.Format(Seconds, "s", formatProvider),
        "min" => QuantityText.Format(Minutes, "min", formatProvider),
        "h" => QuantityText.Format(Hours, "h", formatProvider),
        "d" => QuantityText.Format(Days, Days == 1 ? "day" : "days", formatProvider),
        "wk" => QuantityText.Format(Weeks, Weeks == 1 ? "week" : "weeks", formatProvider),
        _ => throw QuantityText.UnknownFormat("duration", format, "ms, s, min, h, d, wk or G"),
    };
}

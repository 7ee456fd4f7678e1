using NeuroBalance.Internal;

namespace NeuroBalance.Quantities;

/// <summary>
/// A first-order rate constant k (per unit time), stored per second (s⁻¹). Immutable.
/// </summary>
/// <remarks>
/// <para>A first-order process decays as x(t) = x₀·e<sup>−k·t</sup>: its time constant is τ = 1/k and
/// its half-life t½ = ln 2 / k. Use <see cref="FromHalfLife"/> / <see cref="ToHalfLife"/> and
/// <see cref="FromTimeConstant"/> / <see cref="ToTimeConstant"/> to move between them.</para>
/// <para>The default value is <see cref="Zero"/> (no decay). Valid values are finite and in
/// [0, <see cref="MaxPerSecond"/>] s⁻¹.</para>
/// <para>Equality and ordering compare the stored value per second exactly.</para>
/// <para><see cref="ToString()"/> uses the invariant culture and picks a readable unit: /s when
/// k ≥ 1 s⁻¹, /min when k ≥ 1 min⁻¹, /h when k ≥ 1 h⁻¹, /day below.</para>
/// <para>Products: <c>Rate × Concentration = ConcentrationRate</c> (first-order flux k·c) and
/// <c>Rate × Duration</c> = the dimensionless exponent k·t.</para>
/// </remarks>
public readonly record struct Rate : IComparable<Rate>, IFormattable
{
    /// <summary>The largest rate accepted, per second (1e9 s⁻¹, a time constant of 1 ns).</summary>
    public const double MaxPerSecond = 1e9;

    private Rate(double perSecond) => PerSecond = perSecond;

    /// <summary>Gets the zero rate (nothing changes).</summary>
    public static Rate Zero => default;

    /// <summary>Gets the value per second (s⁻¹).</summary>
    public double PerSecond { get; }

    /// <summary>Gets the value per minute (min⁻¹).</summary>
    public double PerMinute => PerSecond * 60;

    /// <summary>Gets the value per hour (h⁻¹).</summary>
    public double PerHour => PerSecond * 3600;

    /// <summary>Gets the value per day (day⁻¹).</summary>
    public double PerDay => PerSecond * 86_400;

    /// <summary>Creates a rate constant from a value per second.</summary>
    /// <param name="perSecond">k in s⁻¹. Range: 0 ≤ k ≤ 1e9 s⁻¹, finite.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e9 s⁻¹.</exception>
    public static Rate FromPerSecond(double perSecond) =>
        new(Preconditions.CheckRange(nameof(perSecond), perSecond, 0, MaxPerSecond, "/s"));

    /// <summary>Creates a rate constant from a value per minute.</summary>
    /// <param name="perMinute">k in min⁻¹. Range: 0 ≤ k ≤ 6e10 min⁻¹, finite.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e9 s⁻¹.</exception>
    public static Rate FromPerMinute(double perMinute) =>
        new(Preconditions.CheckRange(nameof(perMinute), perMinute, 0, MaxPerSecond * 60, "/min") / 60);

    /// <summary>Creates a rate constant from a value per hour.</summary>
    /// <param name="perHour">k in h⁻¹. Range: 0 ≤ k ≤ 3.6e12 h⁻¹, finite.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e9 s⁻¹.</exception>
    public static Rate FromPerHour(double perHour) =>
        new(Preconditions.CheckRange(nameof(perHour), perHour, 0, MaxPerSecond * 3600, "/h") / 3600);

    /// <summary>Creates a rate constant from a value per day.</summary>
    /// <param name="perDay">k in day⁻¹. Range: 0 ≤ k ≤ 8.64e13 day⁻¹, finite.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 1e9 s⁻¹.</exception>
    public static Rate FromPerDay(double perDay) =>
        new(Preconditions.CheckRange(nameof(perDay), perDay, 0, MaxPerSecond * 86_400, "/day") / 86_400);

    /// <summary>The rate constant of a first-order process with the given half-life: k = ln 2 / t½.</summary>
    /// <param name="halfLife">t½. Range: t½ ≥ ln 2 ns (so that k ≤ 1e9 s⁻¹).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The half-life is zero or shorter than ln 2 ns.</exception>
    /// <seealso cref="ToHalfLife"/>
    public static Rate FromHalfLife(Duration halfLife) =>
        new(Math.Log(2) / Preconditions.CheckRange(nameof(halfLife), halfLife.Seconds, Math.Log(2) / MaxPerSecond, Duration.MaxSeconds, "s"));

    /// <summary>The rate constant of a first-order process with the given time constant: k = 1 / τ.</summary>
    /// <param name="timeConstant">τ, the time to fall to 1/e (about 37%). Range: τ ≥ 1 ns.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The time constant is zero or shorter than 1 ns.</exception>
    /// <seealso cref="ToTimeConstant"/>
    public static Rate FromTimeConstant(Duration timeConstant) =>
        new(1 / Preconditions.CheckRange(nameof(timeConstant), timeConstant.Seconds, 1 / MaxPerSecond, Duration.MaxSeconds, "s"));

    /// <summary>Adds two rate constants (parallel first-order processes add their rates).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    public static Rate operator +(Rate left, Rate right) => Add(left, right);

    /// <summary>Scales a rate by a dimensionless factor.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled rate.</returns>
    public static Rate operator *(Rate rate, double factor) => Multiply(rate, factor);

    /// <summary>The dimensionless ratio of two rates.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator; must not be zero.</param>
    /// <returns>left / right.</returns>
    public static double operator /(Rate left, Rate right) => Divide(left, right);

    /// <summary>The dimensionless exponent k·t of a first-order process (x = x₀·e<sup>−k·t</sup>).</summary>
    /// <param name="rate">k.</param>
    /// <param name="duration">t.</param>
    /// <returns>k·t.</returns>
    public static double operator *(Rate rate, Duration duration) => Multiply(rate, duration);

    /// <summary>The first-order flux k·c.</summary>
    /// <param name="rate">k.</param>
    /// <param name="concentration">c.</param>
    /// <returns>k·c.</returns>
    /// <seealso cref="ConcentrationRate.FirstOrder"/>
    public static ConcentrationRate operator *(Rate rate, Concentration concentration) => ConcentrationRate.FirstOrder(rate, concentration);

    /// <summary>The first-order flux k·c.</summary>
    /// <param name="concentration">c.</param>
    /// <param name="rate">k.</param>
    /// <returns>k·c.</returns>
    /// <seealso cref="ConcentrationRate.FirstOrder"/>
    public static ConcentrationRate operator *(Concentration concentration, Rate rate) => ConcentrationRate.FirstOrder(rate, concentration);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is slower.</returns>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is faster.</returns>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is slower or equal.</returns>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is faster or equal.</returns>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two rate constants.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ParameterOutOfRangeException">The sum exceeds 1e9 s⁻¹.</exception>
    public static Rate Add(Rate left, Rate right) => FromPerSecond(left.PerSecond + right.PerSecond);

    /// <summary>Scales a rate by a dimensionless factor.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is negative or not finite, or the result exceeds 1e9 s⁻¹.</exception>
    public static Rate Multiply(Rate rate, double factor) =>
        FromPerSecond(rate.PerSecond * Preconditions.CheckNonNegative(nameof(factor), factor));

    /// <summary>The dimensionless exponent k·t of a first-order process.</summary>
    /// <param name="rate">k.</param>
    /// <param name="duration">t.</param>
    /// <returns>k·t, ≥ 0.</returns>
    public static double Multiply(Rate rate, Duration duration) => rate.PerSecond * duration.Seconds;

    /// <summary>The dimensionless ratio of two rates.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator. Must be greater than zero.</param>
    /// <returns>left / right.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="right"/> is zero.</exception>
    public static double Divide(Rate left, Rate right) =>
        left.PerSecond / Preconditions.CheckPositive(nameof(right), right.PerSecond, "/s");

    /// <summary>The half-life of a first-order process with this rate: t½ = ln 2 / k.</summary>
    /// <returns>t½.</returns>
    /// <exception cref="ParameterOutOfRangeException">The rate is so slow (below ln 2 · 1e-10 s⁻¹, including zero) that the half-life exceeds 1e10 s.</exception>
    /// <seealso cref="FromHalfLife"/>
    public Duration ToHalfLife() => Duration.FromSeconds(Math.Log(2) / CheckSlowest(Math.Log(2)));

    /// <summary>The time constant of a first-order process with this rate: τ = 1 / k.</summary>
    /// <returns>τ.</returns>
    /// <exception cref="ParameterOutOfRangeException">The rate is so slow (below 1e-10 s⁻¹, including zero) that τ exceeds 1e10 s.</exception>
    /// <seealso cref="FromTimeConstant"/>
    public Duration ToTimeConstant() => Duration.FromSeconds(1 / CheckSlowest(1));

    /// <summary>The fraction e<sup>−k·t</sup> of a first-order pool left after <paramref name="duration"/>.</summary>
    /// <param name="duration">t.</param>
    /// <returns>A fraction in (0, 1].</returns>
    public double FractionRemainingAfter(Duration duration) => Math.Exp(-(PerSecond * duration.Seconds));

    /// <inheritdoc />
    public int CompareTo(Rate other) => PerSecond.CompareTo(other.PerSecond);

    /// <summary>Formats the value with a readable unit, e.g. "10.8 /s" or "0.0693 /h".</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">"/s", "/min", "/h", "/day", or null / "G" for a readable unit.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The number and its unit.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => PerSecond >= 1 || PerSecond == 0 ? ToString("/s", formatProvider)
            : PerMinute >= 1 ? ToString("/min", formatProvider)
            : PerHour >= 1 ? ToString("/h", formatProvider)
            : ToString("/day", formatProvider),
        "/s" => QuantityText.Format(PerSecond, "/s", formatProvider),
        "/min" => QuantityText.Format(PerMinute, "/min", formatProvider),
        "/h" => QuantityText.Format(PerHour, "/h", formatProvider),
        "/day" => QuantityText.Format(PerDay, "/day", formatProvider),
        _ => throw QuantityText.UnknownFormat("rate", format, "/s, /min, /h, /day or G"),
    };

    private double CheckSlowest(double numerator)
    {
        var slowest = numerator / Duration.MaxSeconds;
        if (PerSecond < slowest)
        {
            throw new ParameterOutOfRangeException(
                "rate",
                PerSecond,
                FormattableString.Invariant($"rate {Preconditions.Format(PerSecond)} /s is too slow: its time scale would exceed the {Preconditions.Format(Duration.MaxSeconds)} s limit of a Duration (rate must be at least {Preconditions.Format(slowest)} /s)."));
        }

        return PerSecond;
    }
}

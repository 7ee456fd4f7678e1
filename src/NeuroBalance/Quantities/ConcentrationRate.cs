using NeuroBalance.Internal;

namespace NeuroBalance.Quantities;

/// <summary>
/// A rate of change of concentration (amount per volume per time), stored in nanomolar per second
/// (nM/s). Immutable. Used for maximal enzyme and transporter velocities (V<sub>max</sub>), synthesis
/// rates and fluxes.
/// </summary>
/// <remarks>
/// <para>The default value is <see cref="Zero"/>. Valid values are finite and in
/// [0, <see cref="MaxNanomolarPerSecond"/>] nM/s (0 to 10 M/s). A concentration rate is a magnitude
/// (a velocity or a flux), never negative; a net change that may fall is computed as a difference
/// of two fluxes by the model that needs it.</para>
/// <para>Equality and ordering compare the stored nM/s value exactly.</para>
/// <para><see cref="ToString()"/> uses the invariant culture and picks a readable concentration
/// unit per second: nM/s below 1 000 nM/s, µM/s below 1 000 µM/s, mM/s above. Other units through
/// the format: for example <c>ToString("uM/h", null)</c> gives "4000 µM/h".</para>
/// <para>Relations with the other quantities (each operator has a named method):
/// <c>ConcentrationRate × Duration = Concentration</c>;
/// <c>Concentration / Duration = ConcentrationRate</c>;
/// <c>Rate × Concentration = ConcentrationRate</c>;
/// <c>ConcentrationRate / Concentration = Rate</c> (e.g. V<sub>max</sub>/K<sub>m</sub>, the first-order
/// clearance rate at low concentration);
/// <c>ConcentrationRate / Rate = Concentration</c> (e.g. a steady state, synthesis / k);
/// <c>Concentration / ConcentrationRate = Duration</c>.</para>
/// </remarks>
public readonly record struct ConcentrationRate : IComparable<ConcentrationRate>, IFormattable
{
    /// <summary>The largest concentration rate accepted: 10 M/s, in nM/s.</summary>
    public const double MaxNanomolarPerSecond = 1e10;

    private ConcentrationRate(double nanomolarPerSecond) => NanomolarPerSecond = nanomolarPerSecond;

    /// <summary>Gets the zero rate.</summary>
    public static ConcentrationRate Zero => default;

    /// <summary>Gets the value in nanomolar per second (nM/s).</summary>
    public double NanomolarPerSecond { get; }

    /// <summary>Gets the value in nanomolar per minute (nM/min).</summary>
    public double NanomolarPerMinute => NanomolarPerSecond * 60;

    /// <summary>Gets the value in nanomolar per hour (nM/h).</summary>
    public double NanomolarPerHour => NanomolarPerSecond * 3600;

    /// <summary>Gets the value in micromolar per second (µM/s).</summary>
    public double MicromolarPerSecond => NanomolarPerSecond / 1e3;

    /// <summary>Gets the value in micromolar per minute (µM/min).</summary>
    public double MicromolarPerMinute => NanomolarPerSecond * 60 / 1e3;

    /// <summary>Gets the value in micromolar per hour (µM/h).</summary>
    public double MicromolarPerHour => NanomolarPerSecond * 3600 / 1e3;

    /// <summary>Creates a concentration rate from nM/s.</summary>
    /// <param name="nanomolarPerSecond">The value in nM/s. Range: 0 ≤ value ≤ 1e10 nM/s, finite.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M/s.</exception>
    public static ConcentrationRate FromNanomolarPerSecond(double nanomolarPerSecond) =>
        new(Preconditions.CheckRange(nameof(nanomolarPerSecond), nanomolarPerSecond, 0, MaxNanomolarPerSecond, "nM/s"));

    /// <summary>Creates a concentration rate from nM/min.</summary>
    /// <param name="nanomolarPerMinute">The value in nM/min. Range: 0 ≤ value ≤ 6e11 nM/min, finite.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M/s.</exception>
    public static ConcentrationRate FromNanomolarPerMinute(double nanomolarPerMinute) =>
        new(Preconditions.CheckRange(nameof(nanomolarPerMinute), nanomolarPerMinute, 0, MaxNanomolarPerSecond * 60, "nM/min") / 60);

    /// <summary>Creates a concentration rate from nM/h.</summary>
    /// <param name="nanomolarPerHour">The value in nM/h. Range: 0 ≤ value ≤ 3.6e13 nM/h, finite.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M/s.</exception>
    public static ConcentrationRate FromNanomolarPerHour(double nanomolarPerHour) =>
        new(Preconditions.CheckRange(nameof(nanomolarPerHour), nanomolarPerHour, 0, MaxNanomolarPerSecond * 3600, "nM/h") / 3600);

    /// <summary>Creates a concentration rate from µM/s.</summary>
    /// <param name="micromolarPerSecond">The value in µM/s. Range: 0 ≤ value ≤ 1e7 µM/s, finite.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M/s.</exception>
    public static ConcentrationRate FromMicromolarPerSecond(double micromolarPerSecond) =>
        new(Preconditions.CheckRange(nameof(micromolarPerSecond), micromolarPerSecond, 0, MaxNanomolarPerSecond / 1e3, "µM/s") * 1e3);

    /// <summary>Creates a concentration rate from µM/min.</summary>
    /// <param name="micromolarPerMinute">The value in µM/min. Range: 0 ≤ value ≤ 6e8 µM/min, finite.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M/s.</exception>
    public static ConcentrationRate FromMicromolarPerMinute(double micromolarPerMinute) =>
        new(Preconditions.CheckRange(nameof(micromolarPerMinute), micromolarPerMinute, 0, MaxNanomolarPerSecond * 60 / 1e3, "µM/min") * 1e3 / 60);

    /// <summary>Creates a concentration rate from µM/h (the unit of the Best/Reed terminal models).</summary>
    /// <param name="micromolarPerHour">The value in µM/h. Range: 0 ≤ value ≤ 3.6e10 µM/h, finite.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M/s.</exception>
    public static ConcentrationRate FromMicromolarPerHour(double micromolarPerHour) =>
        new(Preconditions.CheckRange(nameof(micromolarPerHour), micromolarPerHour, 0, MaxNanomolarPerSecond * 3600 / 1e3, "µM/h") * 1e3 / 3600);

    /// <summary>The average rate of change Δc / Δt.</summary>
    /// <param name="change">Δc.</param>
    /// <param name="duration">Δt. Must be greater than zero.</param>
    /// <returns>The concentration rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The duration is zero, or the result exceeds 10 M/s.</exception>
    public static ConcentrationRate FromChange(Concentration change, Duration duration) =>
        FromNanomolarPerSecond(change.Nanomolar / Preconditions.CheckPositive(nameof(duration), duration.Seconds, "s"));

    /// <summary>The first-order flux v = k·c.</summary>
    /// <param name="rate">k.</param>
    /// <param name="concentration">c.</param>
    /// <returns>v.</returns>
    /// <exception cref="ParameterOutOfRangeException">The result exceeds 10 M/s.</exception>
    public static ConcentrationRate FirstOrder(Rate rate, Concentration concentration) =>
        FromNanomolarPerSecond(rate.PerSecond * concentration.Nanomolar);

    /// <summary>Adds two concentration rates (parallel fluxes into the same pool).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    public static ConcentrationRate operator +(ConcentrationRate left, ConcentrationRate right) => Add(left, right);

    /// <summary>Scales a concentration rate by a dimensionless factor.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled rate.</returns>
    public static ConcentrationRate operator *(ConcentrationRate rate, double factor) => Multiply(rate, factor);

    /// <summary>The concentration accumulated at a constant rate: c = v·t.</summary>
    /// <param name="rate">v.</param>
    /// <param name="duration">t.</param>
    /// <returns>c.</returns>
    public static Concentration operator *(ConcentrationRate rate, Duration duration) => Multiply(rate, duration);

    /// <summary>The concentration accumulated at a constant rate: c = v·t.</summary>
    /// <param name="duration">t.</param>
    /// <param name="rate">v.</param>
    /// <returns>c.</returns>
    public static Concentration operator *(Duration duration, ConcentrationRate rate) => Multiply(rate, duration);

    /// <summary>The dimensionless ratio of two concentration rates.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator; must not be zero.</param>
    /// <returns>left / right.</returns>
    public static double operator /(ConcentrationRate left, ConcentrationRate right) => Divide(left, right);

    /// <summary>The first-order rate constant v / c (e.g. V<sub>max</sub>/K<sub>m</sub>).</summary>
    /// <param name="rate">v.</param>
    /// <param name="concentration">c; must not be zero.</param>
    /// <returns>k = v / c.</returns>
    public static Rate operator /(ConcentrationRate rate, Concentration concentration) => Divide(rate, concentration);

    /// <summary>The concentration at which a first-order loss k balances a constant input v: c = v / k.</summary>
    /// <param name="rate">v.</param>
    /// <param name="firstOrder">k; must not be zero.</param>
    /// <returns>c = v / k.</returns>
    public static Concentration operator /(ConcentrationRate rate, Rate firstOrder) => Divide(rate, firstOrder);

    /// <summary>The time a constant rate needs to change a concentration by <paramref name="change"/>: t = Δc / v.</summary>
    /// <param name="change">Δc.</param>
    /// <param name="rate">v; must not be zero.</param>
    /// <returns>t.</returns>
    public static Duration operator /(Concentration change, ConcentrationRate rate) => Divide(change, rate);

    /// <summary>Compares two concentration rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is slower.</returns>
    public static bool operator <(ConcentrationRate left, ConcentrationRate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two concentration rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is faster.</returns>
    public static bool operator >(ConcentrationRate left, ConcentrationRate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two concentration rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is slower or equal.</returns>
    public static bool operator <=(ConcentrationRate left, ConcentrationRate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two concentration rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is faster or equal.</returns>
    public static bool operator >=(ConcentrationRate left, ConcentrationRate right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two concentration rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ParameterOutOfRangeException">The sum exceeds 10 M/s.</exception>
    public static ConcentrationRate Add(ConcentrationRate left, ConcentrationRate right) =>
        FromNanomolarPerSecond(left.NanomolarPerSecond + right.NanomolarPerSecond);

    /// <summary>Scales a concentration rate by a dimensionless factor.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled rate.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is negative or not finite, or the result exceeds 10 M/s.</exception>
    public static ConcentrationRate Multiply(ConcentrationRate rate, double factor) =>
        FromNanomolarPerSecond(rate.NanomolarPerSecond * Preconditions.CheckNonNegative(nameof(factor), factor));

    /// <summary>The concentration accumulated at a constant rate: c = v·t.</summary>
    /// <param name="rate">v.</param>
    /// <param name="duration">t.</param>
    /// <returns>c.</returns>
    /// <exception cref="ParameterOutOfRangeException">The result exceeds 10 M.</exception>
    public static Concentration Multiply(ConcentrationRate rate, Duration duration) =>
        Concentration.FromNanomolar(rate.NanomolarPerSecond * duration.Seconds);

    /// <summary>The dimensionless ratio of two concentration rates.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator. Must be greater than zero.</param>
    /// <returns>left / right.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="right"/> is zero.</exception>
    public static double Divide(ConcentrationRate left, ConcentrationRate right) =>
        left.NanomolarPerSecond / Preconditions.CheckPositive(nameof(right), right.NanomolarPerSecond, "nM/s");

    /// <summary>The first-order rate constant k = v / c.</summary>
    /// <param name="rate">v.</param>
    /// <param name="concentration">c. Must be greater than zero.</param>
    /// <returns>k.</returns>
    /// <exception cref="ParameterOutOfRangeException">c is zero, or k exceeds 1e9 s⁻¹.</exception>
    public static Rate Divide(ConcentrationRate rate, Concentration concentration) =>
        Rate.FromPerSecond(rate.NanomolarPerSecond / Preconditions.CheckPositive(nameof(concentration), concentration.Nanomolar, "nM"));

    /// <summary>The balancing concentration c = v / k.</summary>
    /// <param name="rate">v.</param>
    /// <param name="firstOrder">k. Must be greater than zero.</param>
    /// <returns>c.</returns>
    /// <exception cref="ParameterOutOfRangeException">k is zero, or c exceeds 10 M.</exception>
    public static Concentration Divide(ConcentrationRate rate, Rate firstOrder) =>
        Concentration.FromNanomolar(rate.NanomolarPerSecond / Preconditions.CheckPositive(nameof(firstOrder), firstOrder.PerSecond, "/s"));

    /// <summary>The time t = Δc / v that a constant rate needs to change a concentration by Δc.</summary>
    /// <param name="change">Δc.</param>
    /// <param name="rate">v. Must be greater than zero.</param>
    /// <returns>t.</returns>
    /// <exception cref="ParameterOutOfRangeException">v is zero, or t exceeds 1e10 s.</exception>
    public static Duration Divide(Concentration change, ConcentrationRate rate) =>
        Duration.FromSeconds(change.Nanomolar / Preconditions.CheckPositive(nameof(rate), rate.NanomolarPerSecond, "nM/s"));

    /// <inheritdoc />
    public int CompareTo(ConcentrationRate other) => NanomolarPerSecond.CompareTo(other.NanomolarPerSecond);

    /// <summary>Formats the value with a readable unit, e.g. "4 µM/s" or "650 nM/s".</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">"&lt;c&gt;/&lt;t&gt;" with c one of nM, uM (or µM), mM and t one of s, min, h
    /// (for example "uM/h"), or null / "G" for a readable unit per second.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The number and its unit.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is null or "" or "G")
        {
            format = NanomolarPerSecond < 1e3 ? "nM/s" : NanomolarPerSecond < 1e6 ? "µM/s" : "mM/s";
        }

        var parts = format.Split('/');
        double? perNanomolar = parts.Length != 2 ? null : parts[0] switch
        {
            "nM" => 1,
            "uM" or "µM" => 1e-3,
            "mM" => 1e-6,
            _ => null,
        };
        double? secondsPerUnit = parts.Length != 2 ? null : parts[1] switch
        {
            "s" => 1,
            "min" => 60,
            "h" => 3600,
            _ => null,
        };
        if (perNanomolar is not { } c || secondsPerUnit is not { } t)
        {
            throw QuantityText.UnknownFormat("concentration rate", format, "nM/s, uM/h and the like (nM, uM or mM per s, min or h) or G");
        }

        return QuantityText.Format(NanomolarPerSecond * c * t, parts[0].Replace('u', 'µ') + "/" + parts[1], formatProvider);
    }
}

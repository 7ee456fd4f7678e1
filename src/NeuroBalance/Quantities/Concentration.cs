using System.Globalization;
using NeuroBalance.Internal;

namespace NeuroBalance.Quantities;

/// <summary>
/// A molar concentration, stored in nanomolar (nM). Immutable.
/// </summary>
/// <remarks>
/// <para>The default value is <see cref="Zero"/>. Valid values are finite and in
/// [0, <see cref="MaxNanomolar"/>] nM (0 to 10 M), which covers every concentration in the course,
/// from sub-nanomolar receptor ligands to millimolar transmitter in the synaptic cleft.</para>
/// <para>Equality and ordering compare the stored nanomolar value exactly.</para>
/// <para><see cref="ToString()"/> uses the invariant culture and picks a readable unit:
/// nM below 1 000 nM, µM below 1 000 µM, mM above.</para>
/// </remarks>
public readonly record struct Concentration : IComparable<Concentration>, IFormattable
{
    /// <summary>The largest concentration accepted: 10 M, in nM.</summary>
    public const double MaxNanomolar = 1e10;

    private Concentration(double nanomolar) => Nanomolar = nanomolar;

    /// <summary>Gets the zero concentration.</summary>
    public static Concentration Zero => default;

    /// <summary>Gets the value in nanomolar (nM).</summary>
    public double Nanomolar { get; }

    /// <summary>Gets the value in micromolar (µM).</summary>
    public double Micromolar => Nanomolar / 1e3;

    /// <summary>Gets the value in millimolar (mM).</summary>
    public double Millimolar => Nanomolar / 1e6;

    /// <summary>Creates a concentration from nanomolar.</summary>
    /// <param name="nanomolar">The value in nM. Range: 0 ≤ value ≤ 1e10 nM, finite.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M.</exception>
    public static Concentration FromNanomolar(double nanomolar) =>
        new(Preconditions.CheckRange(nameof(nanomolar), nanomolar, 0, MaxNanomolar, "nM"));

    /// <summary>Creates a concentration from micromolar.</summary>
    /// <param name="micromolar">The value in µM. Range: 0 ≤ value ≤ 1e7 µM, finite.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M.</exception>
    public static Concentration FromMicromolar(double micromolar) =>
        new(Preconditions.CheckRange(nameof(micromolar), micromolar, 0, MaxNanomolar / 1e3, "µM") * 1e3);

    /// <summary>Creates a concentration from millimolar.</summary>
    /// <param name="millimolar">The value in mM. Range: 0 ≤ value ≤ 1e4 mM, finite.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The value is negative, NaN, infinite or above 10 M.</exception>
    public static Concentration FromMillimolar(double millimolar) =>
        new(Preconditions.CheckRange(nameof(millimolar), millimolar, 0, MaxNanomolar / 1e6, "mM") * 1e6);

    /// <summary>Adds two concentrations.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The sum.</returns>
    public static Concentration operator +(Concentration left, Concentration right) => Add(left, right);

    /// <summary>Scales a concentration by a dimensionless factor.</summary>
    /// <param name="concentration">The concentration.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled concentration.</returns>
    public static Concentration operator *(Concentration concentration, double factor) => Multiply(concentration, factor);

    /// <summary>The dimensionless ratio of two concentrations.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator; must not be zero.</param>
    /// <returns>left / right.</returns>
    public static double operator /(Concentration left, Concentration right) => Divide(left, right);

    /// <summary>Compares two concentrations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is lower.</returns>
    public static bool operator <(Concentration left, Concentration right) => left.CompareTo(right) < 0;

    /// <summary>Compares two concentrations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is higher.</returns>
    public static bool operator >(Concentration left, Concentration right) => left.CompareTo(right) > 0;

    /// <summary>Compares two concentrations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Concentration left, Concentration right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two concentrations.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Concentration left, Concentration right) => left.CompareTo(right) >= 0;

    /// <summary>Adds two concentrations.</summary>
    /// <param name="left">The first concentration.</param>
    /// <param name="right">The second concentration.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ParameterOutOfRangeException">The sum exceeds 10 M.</exception>
    public static Concentration Add(Concentration left, Concentration right) => FromNanomolar(left.Nanomolar + right.Nanomolar);

    /// <summary>Scales a concentration by a dimensionless factor.</summary>
    /// <param name="concentration">The concentration.</param>
    /// <param name="factor">The factor. Range: factor ≥ 0, finite.</param>
    /// <returns>The scaled concentration.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is negative or not finite, or the result exceeds 10 M.</exception>
    public static Concentration Multiply(Concentration concentration, double factor) =>
        FromNanomolar(concentration.Nanomolar * Preconditions.CheckNonNegative(nameof(factor), factor));

    /// <summary>The dimensionless ratio of two concentrations.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator. Must be greater than zero.</param>
    /// <returns>left / right.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="right"/> is zero.</exception>
    public static double Divide(Concentration left, Concentration right) =>
        left.Nanomolar / Preconditions.CheckPositive(nameof(right), right.Nanomolar, "nM");

    /// <inheritdoc />
    public int CompareTo(Concentration other) => Nanomolar.CompareTo(other.Nanomolar);

    /// <summary>Formats the value with a readable unit, e.g. "12.5 nM", "3.2 µM" or "1.1 mM".</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the value.</summary>
    /// <param name="format">"nM", "uM" (or "µM"), "mM", or null / "G" for a readable unit.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The number and its unit.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        formatProvider ??= CultureInfo.InvariantCulture;
        var unit = format switch
        {
            null or "" or "G" => Nanomolar < 1e3 ? "nM" : Nanomolar < 1e6 ? "µM" : "mM",
            "nM" => "nM",
            "uM" or "µM" => "µM",
            "mM" => "mM",
            _ => throw new FormatException(FormattableString.Invariant($"Unknown concentration format '{format}'. Use nM, uM, mM or G.")),
        };
        var value = unit switch
        {
            "nM" => Nanomolar,
            "µM" => Micromolar,
            _ => Millimolar,
        };
        return value.ToString("G4", formatProvider) + " " + unit;
    }
}

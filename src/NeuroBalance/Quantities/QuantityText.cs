using System.Globalization;

namespace NeuroBalance.Quantities;

/// <summary>The one way quantities print a number with its unit: four significant digits, invariant culture by default.</summary>
internal static class QuantityText
{
    /// <summary>"12.5 nM", "64 ms", "0.0693 /h".</summary>
    internal static string Format(double value, string unit, IFormatProvider? formatProvider) =>
        value.ToString("G4", formatProvider ?? CultureInfo.InvariantCulture) + " " + unit;

    /// <summary>The exception a quantity throws for a format it does not know.</summary>
    internal static FormatException UnknownFormat(string quantity, string? format, string valid) =>
        new(FormattableString.Invariant($"Unknown {quantity} format '{format}'. Use {valid}."));
}

using System.Globalization;
using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>
/// A sourced number: a single value or a range, always with its unit, its references and its
/// evidence level. For example the Km of tryptophan hydroxylase for tryptophan, 40 µM (model).
/// </summary>
/// <param name="Quantity">What was measured, in words, for example "Km for tryptophan".</param>
/// <param name="Kind">The kind of number (Km, pKd, EC50, concentration, occupancy, …), validated on load.</param>
/// <param name="Value">The value, or null when only a range is given.</param>
/// <param name="Min">The lower end of the range, or null.</param>
/// <param name="Max">The upper end of the range, or null.</param>
/// <param name="Unit">The unit, validated on load against the units <paramref name="Kind"/> accepts.</param>
/// <param name="Sources">References and evidence level.</param>
/// <param name="Note">Species, preparation, method or caveat; may be empty.</param>
public sealed record Measurement(string Quantity, MeasurementKind Kind, double? Value, double? Min, double? Max, MeasurementUnit Unit, Sources Sources, string Note)
{
    /// <summary>Gets the unit's symbol, for example "µM" or "-log M".</summary>
    public string UnitSymbol => MeasurementNames.Symbol(Unit);

    /// <summary>The number as shown: "40 µM", "2.5–11 µM", "64.9 nM (range 0.83–64.9)" or, for a pK value, "8.9 -log M (about 1.3 nM)".</summary>
    public string Display
    {
        get
        {
            var range = Min is not null || Max is not null ? FormattableString.Invariant($"{Format(Min)}–{Format(Max)}") : null;
            var unit = UnitSymbol;
            var text = (Value, range) switch
            {
                ({ } v, null) => FormattableString.Invariant($"{Format(v)} {unit}"),
                (null, { } r) => FormattableString.Invariant($"{r} {unit}"),
                ({ } v, { } r) => FormattableString.Invariant($"{Format(v)} {unit} (range {r})"),
                _ => unit,
            };
            return MeasurementNames.IsPValue(Kind) && Value is { } p
                ? text + string.Create(CultureInfo.InvariantCulture, $" (about {Math.Pow(10, 9 - p):G2} nM)")
                : text;
        }
    }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Quantity}: {Display} ({Sources}{(Note.Length > 0 ? "; " + Note : string.Empty)})");

    private static string Format(double? value) => value?.ToString("G4", CultureInfo.InvariantCulture) ?? "?";
}

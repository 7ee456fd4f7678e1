using System.Globalization;

namespace NeuroBalance.Content;

/// <summary>
/// A sourced number: a single value or a range, always with its unit, its references and its
/// evidence level. For example the Km of tryptophan hydroxylase for tryptophan, 40 µM (model).
/// </summary>
/// <param name="Quantity">What was measured, for example "Km (tryptophan)".</param>
/// <param name="Value">The value, or null when only a range is given.</param>
/// <param name="Min">The lower end of the range, or null.</param>
/// <param name="Max">The upper end of the range, or null.</param>
/// <param name="Unit">The unit, for example "µM", "nM", "%", "fold" or "pKi".</param>
/// <param name="Sources">References and evidence level.</param>
/// <param name="Note">Species, preparation, method or caveat; may be empty.</param>
public sealed record Measurement(string Quantity, double? Value, double? Min, double? Max, string Unit, Sources Sources, string Note)
{
    /// <summary>The number as shown: "40 µM", "2.5–11 µM" or "64.9 nM (range 0.83–64.9)".</summary>
    public string Display
    {
        get
        {
            var range = Min is not null || Max is not null ? $"{Format(Min)}–{Format(Max)}" : null;
            return (Value, range) switch
            {
                ({ } v, null) => $"{Format(v)} {Unit}",
                (null, { } r) => $"{r} {Unit}",
                ({ } v, { } r) => $"{Format(v)} {Unit} (range {r})",
                _ => Unit,
            };
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Quantity}: {Display} ({Sources}{(Note.Length > 0 ? "; " + Note : string.Empty)})";

    private static string Format(double? value) => value?.ToString("G4", CultureInfo.InvariantCulture) ?? "?";
}

using NeuroBalance.Science;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// One constant of a terminal model, as the course shows it: symbol, value, unit, meaning, source and
/// evidence level. Constants with no measured source carry <see cref="EvidenceLevel.Illustrative"/> and
/// say "estimate" in <see cref="Note"/>.
/// </summary>
/// <param name="Symbol">The symbol used in the equations, e.g. "Vmax_DAT".</param>
/// <param name="Value">The value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit, e.g. "µM/h".</param>
/// <param name="Meaning">What the constant is, in a few words.</param>
/// <param name="Source">Where the value comes from; null only for an estimate with no source, or a value whose primary citation is still to be added (the note says which).</param>
/// <param name="Evidence">The evidence level.</param>
/// <param name="Note">Simplification, status or caveat; may be empty.</param>
public sealed record ModelParameter(string Symbol, double Value, string Unit, string Meaning, Citation? Source, EvidenceLevel Evidence, string Note = "")
{
    /// <summary>"Vmax_DAT = 8000 µM/h (DAT maximal uptake rate; Best et al. 2009, doi:…; Model)".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Symbol} = {Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} {Unit} ({Meaning}; {Source?.ToString() ?? "no citation"}; {Evidence}{(Note.Length > 0 ? "; " + Note : string.Empty)})");
}

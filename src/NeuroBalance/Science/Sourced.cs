namespace NeuroBalance.Science;

/// <summary>
/// A value together with where it comes from: the citation, the evidence level and, when it was
/// measured, the species and preparation. Model parameters and content facts carry one of these so
/// that the course can always show the source beside the number.
/// </summary>
/// <typeparam name="T">The value's type, usually a quantity such as <see cref="Quantities.Concentration"/>.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">The citation.</param>
/// <param name="Evidence">The evidence level.</param>
/// <param name="Note">Species, region, method or simplification, in a few words; may be empty.</param>
public sealed record Sourced<T>(T Value, Citation Source, EvidenceLevel Evidence, string Note = "")
{
    /// <summary>"value (Best et al. 2009, doi:…; model)".</summary>
    public override string ToString() =>
        $"{Value} ({Source}; {Evidence.ToString().ToLowerInvariant()}{(Note.Length > 0 ? "; " + Note : string.Empty)})";
}

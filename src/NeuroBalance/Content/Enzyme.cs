using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>An enzyme that makes or breaks down a neurotransmitter.</summary>
/// <param name="Id">Content id, for example <c>tph2</c>.</param>
/// <param name="Name">Full name, for example "tryptophan hydroxylase 2".</param>
/// <param name="Abbreviation">Short name, for example "TPH2".</param>
/// <param name="Gene">The human gene symbol.</param>
/// <param name="Summary">What it does, in plain language.</param>
/// <param name="Cofactors">Cofactors it needs (BH4, Fe²⁺, pyridoxal phosphate…); may be empty.</param>
/// <param name="Kinetics">Sourced kinetic constants; may be empty.</param>
/// <param name="Sources">References and evidence level of the summary.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Enzyme(
    string Id, string Name, string Abbreviation, string Gene, string Summary,
    IReadOnlyList<string> Cofactors, IReadOnlyList<Measurement> Kinetics, Sources Sources, ContentLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Abbreviation} ({Name})");
}

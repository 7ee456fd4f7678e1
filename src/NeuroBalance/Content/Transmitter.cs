using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>
/// A neurotransmitter and its system: how it is made, packed into vesicles, received, taken back up
/// and broken down, and what it does. In a notebook it shows as a card.
/// </summary>
/// <param name="Id">Content id, for example <c>serotonin</c>.</param>
/// <param name="Name">Name, for example "Serotonin".</param>
/// <param name="Abbreviation">Short name, for example "5-HT".</param>
/// <param name="Aliases">Other names it is looked up by.</param>
/// <param name="Coverage">Full, or context only.</param>
/// <param name="ChemicalClass">For example "monoamine (indolamine)".</param>
/// <param name="Summary">A plain-language summary.</param>
/// <param name="Synthesis">The synthesis pathway from the precursor.</param>
/// <param name="VesicularTransporter">The transporter that fills its vesicles.</param>
/// <param name="ReuptakeTransporters">The plasma-membrane transporters that clear it.</param>
/// <param name="Degradation">The enzymes and metabolites that inactivate it.</param>
/// <param name="Receptors">Its receptors.</param>
/// <param name="Functions">Roles in mood, sleep, cognition, stress and more.</param>
/// <param name="Values">Other sourced numbers (for example basal extracellular concentration).</param>
/// <param name="Sources">References and evidence level of the summary.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Transmitter(
    string Id, string Name, string Abbreviation, IReadOnlyList<string> Aliases, Coverage Coverage, string ChemicalClass,
    string Summary, SynthesisPathway Synthesis, Transporter VesicularTransporter, IReadOnlyList<Transporter> ReuptakeTransporters,
    IReadOnlyList<DegradationStep> Degradation, ReceptorTable Receptors, IReadOnlyList<TransmitterFunction> Functions,
    IReadOnlyList<Measurement> Values, Sources Sources, ContentLocation Location)
{
    /// <summary>The precursor, for example "L-tryptophan".</summary>
    public string Precursor => Synthesis.Precursor;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} ({Abbreviation}): {Summary}");
}

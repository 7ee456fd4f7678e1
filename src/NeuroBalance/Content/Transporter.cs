using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>A vesicular or plasma-membrane (reuptake) transporter.</summary>
/// <param name="Id">Content id, for example <c>sert</c>.</param>
/// <param name="Name">Full name.</param>
/// <param name="Abbreviation">Short name, for example "SERT".</param>
/// <param name="Gene">The human gene symbol, for example "SLC6A4".</param>
/// <param name="Kind">Vesicular or reuptake.</param>
/// <param name="Substrates">Ids of the transmitters it carries.</param>
/// <param name="Summary">What it does, in plain language.</param>
/// <param name="Kinetics">Sourced constants (Km, Vmax…); may be empty.</param>
/// <param name="Sources">References and evidence level of the summary.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Transporter(
    string Id, string Name, string Abbreviation, string Gene, TransporterKind Kind, IReadOnlyList<string> Substrates,
    string Summary, IReadOnlyList<Measurement> Kinetics, Sources Sources, ContentLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Abbreviation} ({Name})");
}

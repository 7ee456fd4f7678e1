using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>A receptor for a neurotransmitter.</summary>
/// <param name="Id">Content id, for example <c>5-ht1a</c>.</param>
/// <param name="Name">Name, for example "5-HT1A".</param>
/// <param name="TransmitterId">Id of its endogenous transmitter.</param>
/// <param name="Family">Receptor family, for example "5-HT1 (class A GPCR)".</param>
/// <param name="Kind">Ionotropic or metabotropic.</param>
/// <param name="Coupling">G-protein coupling (Gs, Gi/o, Gq/11) or, for channels, the ions passed.</param>
/// <param name="Sites">Where it sits: postsynaptic, presynaptic, autoreceptor…</param>
/// <param name="Roles">Main roles, in plain language.</param>
/// <param name="Ligands">Representative ligands.</param>
/// <param name="Summary">A plain-language summary.</param>
/// <param name="Sources">References and evidence level of the classification.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Receptor(
    string Id, string Name, string TransmitterId, string Family, ReceptorKind Kind, string Coupling,
    IReadOnlyList<ReceptorSite> Sites, IReadOnlyList<string> Roles, IReadOnlyList<Ligand> Ligands,
    string Summary, Sources Sources, ContentLocation Location)
{
    /// <summary>Gets whether it acts, at least in part, as an autoreceptor.</summary>
    public bool IsAutoreceptor => Sites.Contains(ReceptorSite.Autoreceptor);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} ({Kind.ToString().ToLowerInvariant()}, {Coupling})");
}

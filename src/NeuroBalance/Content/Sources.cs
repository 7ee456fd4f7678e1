using NeuroBalance.Content.Loading;
using NeuroBalance.Science;

namespace NeuroBalance.Content;

/// <summary>Where a fact comes from: at least one reference and the evidence level of the fact.</summary>
/// <param name="References">The references, at least one.</param>
/// <param name="Evidence">Human, primate, rodent, in vitro, model or illustrative.</param>
public sealed record Sources(IReadOnlyList<Reference> References, EvidenceLevel Evidence)
{
    /// <summary>"Best et al. 2010; model".</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{string.Join(", ", References.Select(r => r.Citation.Label))}; {EvidenceNames.Display(Evidence)}");
}

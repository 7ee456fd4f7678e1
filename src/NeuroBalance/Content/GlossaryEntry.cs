using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>A glossary term with a plain-language and a precise definition and links to related terms.</summary>
/// <param name="Id">Content id, for example <c>autoreceptor</c>.</param>
/// <param name="Term">The term as shown.</param>
/// <param name="Aliases">Other spellings it is looked up by.</param>
/// <param name="Plain">A definition for a newcomer.</param>
/// <param name="Precise">A precise, technical definition.</param>
/// <param name="Related">The related terms (resolved).</param>
/// <param name="References">Optional references for the precise definition.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record GlossaryEntry(
    string Id, string Term, IReadOnlyList<string> Aliases, string Plain, string Precise,
    IReadOnlyList<string> Related, IReadOnlyList<Reference> References, ContentLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Term}: {Plain}");
}

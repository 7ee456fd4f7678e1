
namespace NeuroBalance.Content;

/// <summary>A numbered list of references, shown in a notebook with links to each DOI or PubMed page.</summary>
/// <param name="References">The references, in the order they are numbered.</param>
public sealed record ReferenceList(IReadOnlyList<Reference> References)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, References.Select((r, i) => FormattableString.Invariant($"[{i + 1}] {r}")));
}

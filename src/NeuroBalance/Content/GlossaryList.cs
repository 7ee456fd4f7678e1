
namespace NeuroBalance.Content;

/// <summary>
/// The whole glossary, sorted A to Z, as a notebook shows it: a letter index, then each term with its
/// plain and precise definitions, related terms and numbered citations.
/// </summary>
/// <param name="Entries">The entries, sorted by term (case-insensitive).</param>
public sealed record GlossaryList(IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>Gets the first letters of the terms, upper case, in order: the letter index.</summary>
    public IReadOnlyList<char> Letters => Entries.Select(e => char.ToUpperInvariant(e.Term[0])).Distinct().ToArray();

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Entries.Select(e => e.ToString()));
}

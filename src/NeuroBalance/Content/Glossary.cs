namespace NeuroBalance.Content;

/// <summary>
/// The course glossary: each term has a plain-language and a precise definition and links to
/// related terms. <see cref="Lookup"/> ignores case, spaces and hyphens and suggests the closest
/// terms when a term is unknown.
/// </summary>
public static class Glossary
{
    /// <summary>Every glossary entry, in file order.</summary>
    public static IReadOnlyList<GlossaryEntry> Terms => KnowledgeBase.Current.Glossary;

    /// <summary>The whole glossary sorted A to Z; a notebook shows it with a letter index and numbered citations.</summary>
    public static GlossaryList AToZ => new(Terms.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).ToArray());

    /// <summary>A glossary entry by term or alias, for example "autoreceptor", "BH4", "Km".</summary>
    /// <param name="term">The term.</param>
    /// <returns>The entry, shown in a notebook with its related terms.</returns>
    /// <exception cref="InvalidParameterException">Unknown term; the message suggests the closest terms.</exception>
    public static GlossaryEntry Lookup(string term) => KnowledgeBase.Current.GlossaryIndex.Find(nameof(term), term);

    /// <summary>Entries whose term, aliases or definitions contain <paramref name="text"/> (case-insensitive).</summary>
    /// <param name="text">The text to find.</param>
    /// <returns>The matching entries, possibly none.</returns>
    /// <exception cref="InvalidParameterException"><paramref name="text"/> is blank.</exception>
    public static IReadOnlyList<GlossaryEntry> Search(string text)
    {
        Internal.Preconditions.CheckNotBlank(nameof(text), text);
        return Terms.Where(g => new[] { g.Term, g.Plain, g.Precise }.Concat(g.Aliases)
            .Any(s => s.Contains(text, StringComparison.OrdinalIgnoreCase))).ToArray();
    }
}

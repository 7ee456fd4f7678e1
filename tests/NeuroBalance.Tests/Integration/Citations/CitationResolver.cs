using NeuroBalance.Content;

namespace NeuroBalance.Tests.Integration.Citations;

/// <summary>A citation and the references it matches; it resolves when it matches exactly one.</summary>
/// <param name="Mention">The citation.</param>
/// <param name="Matches">The references it matches.</param>
public sealed record CitationResolution(CitationMention Mention, IReadOnlyList<Reference> Matches)
{
    /// <summary>The one reference it resolves to, or null.</summary>
    public Reference? Reference => Matches.Count == 1 ? Matches[0] : null;

    /// <summary>"file:line: text → id", or what is wrong with it.</summary>
    public override string ToString() => Matches.Count switch
    {
        0 => $"{Mention} → no entry in references.yaml",
        1 => $"{Mention} → {Matches[0].Id}",
        _ => $"{Mention} → ambiguous: {string.Join(", ", Matches.Select(r => r.Id))} (add a letter suffix to the year, or name a second author)",
    };
}

/// <summary>
/// Resolves citations against the references: a DOI, PMID or PMC id by that identifier; an author
/// mention by the first author's surname and the year (diacritics, case, spaces and hyphens ignored).
/// When several entries share surname and year, every other surname the citation names must appear
/// in the entry's author list, and a letter suffix ("2010a") picks the entry whose id ends with the
/// year and that letter. An author mention without a year ("Sumner &amp; Fink") resolves only when
/// its surnames match exactly one entry.
/// </summary>
/// <param name="references">The references to resolve against.</param>
public sealed class CitationResolver(IReadOnlyList<Reference> references)
{
    /// <summary>Resolves one citation.</summary>
    /// <param name="mention">The citation.</param>
    /// <returns>The references it matches.</returns>
    public CitationResolution Resolve(CitationMention mention) => new(mention, mention.Form switch
    {
        CitationForm.Doi => references.Where(r => string.Equals(r.Doi, mention.Identifier, StringComparison.OrdinalIgnoreCase)).ToArray(),
        CitationForm.Pmid => references.Where(r => r.Pmid?.ToString(System.Globalization.CultureInfo.InvariantCulture) == mention.Identifier).ToArray(),
        CitationForm.Pmc => references.Where(r => string.Equals(r.Pmc, mention.Identifier, StringComparison.OrdinalIgnoreCase)).ToArray(),
        _ => ByAuthors(mention),
    });

    /// <summary>The surnames in an author list such as "de Kloet ER, Joëls M, Holsboer F".</summary>
    /// <param name="authors">The author list as in references.yaml.</param>
    /// <returns>The surname keys (see <see cref="CitationScanner.Key"/>), in order.</returns>
    public static IReadOnlyList<string> Surnames(string authors) =>
        authors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a =>
            {
                var parts = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var initials = parts.Length > 1 && parts[^1].All(char.IsUpper);
                return CitationScanner.Key(string.Join(' ', initials ? parts[..^1] : parts));
            })
            .ToArray();

    private Reference[] ByAuthors(CitationMention mention)
    {
        var first = CitationScanner.Key(mention.Authors[0]);
        var others = mention.Authors.Skip(1).Select(CitationScanner.Key).ToArray();
        var candidates = references
            .Where(r => (mention.Year is null || r.Year == mention.Year) && Surnames(r.Authors) is var names && names.Count > 0 && names[0] == first)
            .ToArray();
        if (candidates.Length > 1 || others.Length > 0)
        {
            candidates = candidates.Where(r => others.All(Surnames(r.Authors).Contains)).ToArray();
        }

        if (candidates.Length > 1 && mention.Suffix is { } suffix)
        {
            candidates = candidates.Where(r => r.Id.EndsWith($"{mention.Year}{suffix}", StringComparison.Ordinal)).ToArray();
        }

        return candidates;
    }
}

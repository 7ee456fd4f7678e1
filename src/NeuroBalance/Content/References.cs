using NeuroBalance.Content.Loading;
using NeuroBalance.Science;

namespace NeuroBalance.Content;

/// <summary>
/// Citations by their <c>references.yaml</c> id: the one way code refers to a published source, so that
/// a DOI, PMID or label is written once (in <c>src/NeuroBalance/Content/Data/references.yaml</c>) and a
/// correction there reaches every model, chart and exercise that cites it.
/// </summary>
/// <remarks>
/// Keys are matched exactly (ids are lower-case, for example <c>best2009</c>). A test scans every
/// literal key passed to <c>Cite</c> under <c>src/</c> and <c>notebooks/</c> and fails on a key that is not in
/// <c>references.yaml</c>; another fails if a C# string literal under <c>src/NeuroBalance</c> holds a DOI or PMID.
/// </remarks>
public static class References
{
    /// <summary>The citation (short label with DOI and/or PMID) of the reference with id <paramref name="key"/>.</summary>
    /// <param name="key">A <c>references.yaml</c> id, for example <c>"best2009"</c>.</param>
    /// <returns>The citation built from the loaded knowledge base entry.</returns>
    /// <exception cref="InvalidParameterException">The key is blank or not an id in references.yaml (the message suggests the closest ids).</exception>
    public static Citation Cite(string key) => Reference(key).Citation;

    /// <summary>The full reference (authors, title, venue, year, identifiers) with id <paramref name="key"/>.</summary>
    /// <param name="key">A <c>references.yaml</c> id, for example <c>"best2009"</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="InvalidParameterException">The key is blank or not an id in references.yaml.</exception>
    public static Reference Reference(string key) => Find(KnowledgeBase.Current, key);

    /// <summary>Whether <paramref name="key"/> is an id in references.yaml.</summary>
    /// <param name="key">A candidate id.</param>
    /// <returns>True when the id exists.</returns>
    public static bool Exists(string key) => KnowledgeBase.Current.References.Any(r => string.Equals(r.Id, key, StringComparison.Ordinal));

    internal static Reference Find(KnowledgeBase knowledgeBase, string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidParameterException(FormattableString.Invariant($"key must be a references.yaml id, but was {(key is null ? "null" : "blank")}."), nameof(key));
        }

        return knowledgeBase.References.FirstOrDefault(r => string.Equals(r.Id, key, StringComparison.Ordinal))
            ?? throw new InvalidParameterException(
                FormattableString.Invariant($"key: there is no reference with id \"{key}\" in references.yaml{Suggestions.DidYouMean(key, knowledgeBase.References.Select(r => r.Id))}."),
                nameof(key));
    }
}

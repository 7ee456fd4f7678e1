using FuzzySharp;

namespace NeuroBalance.Content.Loading;

/// <summary>"Did you mean …?" suggestions from a list of known names, by fuzzy string similarity (FuzzySharp).</summary>
internal static class Suggestions
{
    /// <summary>Up to <paramref name="limit"/> known names closest to <paramref name="query"/>, best first.</summary>
    public static IReadOnlyList<string> Closest(string query, IEnumerable<string> known, int limit = 3)
    {
        var candidates = known.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (candidates.Length == 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        // Keep only suggestions nearly as good as the best one, so "serotonine" suggests "serotonin"
        // alone rather than every name that shares a few letters.
        var ranked = Process.ExtractTop(query.ToLowerInvariant(), candidates, s => s.ToLowerInvariant(), limit: limit, cutoff: 50).ToArray();
        return ranked.Length == 0 ? [] : ranked.Where(r => r.Score >= ranked[0].Score - 8).Select(r => r.Value).ToArray();
    }

    /// <summary>" (did you mean 'a' or 'b'?)", or an empty string when nothing is close.</summary>
    public static string DidYouMean(string query, IEnumerable<string> known)
    {
        var closest = Closest(query, known);
        return closest.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}?)";
    }
}

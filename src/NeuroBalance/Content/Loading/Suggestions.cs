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

        return Process.ExtractTop(query.ToLowerInvariant(), candidates, s => s.ToLowerInvariant(), limit: limit, cutoff: 40)
            .Select(r => r.Value)
            .ToArray();
    }

    /// <summary>" (did you mean 'a' or 'b'?)", or an empty string when nothing is close.</summary>
    public static string DidYouMean(string query, IEnumerable<string> known)
    {
        var closest = Closest(query, known);
        return closest.Count == 0 ? string.Empty : $" (did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}?)";
    }
}

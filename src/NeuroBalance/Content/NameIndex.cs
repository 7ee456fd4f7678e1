using System.Text;
using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>
/// Finds items by any of their names (id, name, abbreviation, aliases), ignoring case, spaces,
/// hyphens and punctuation, so "5-HT1A", "5ht1a" and "5-ht1a" all match. An unknown name throws an
/// <see cref="InvalidParameterException"/> that suggests the closest known names.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);
    private readonly List<string> displayNames = [];
    private readonly string kind;

    public NameIndex(string kind, IEnumerable<T> items, Func<T, IEnumerable<string?>> names)
    {
        this.kind = kind;
        foreach (var item in items)
        {
            var first = true;
            foreach (var name in names(item).OfType<string>().Where(n => n.Length > 0))
            {
                byKey.TryAdd(Normalize(name), item);
                if (first)
                {
                    displayNames.Add(name);
                    first = false;
                }
            }
        }
    }

    /// <summary>The first name of each item (its display name).</summary>
    public IReadOnlyList<string> Names => displayNames;

    public bool TryFind(string? name, out T item)
    {
        item = null!;
        return name is not null && byKey.TryGetValue(Normalize(name), out item!);
    }

    public T Find(string paramName, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidParameterException(FormattableString.Invariant($"{paramName} must name a {kind}, but was {(name is null ? "null" : "blank")}. Known: {string.Join(", ", displayNames)}."), paramName);
        }

        if (TryFind(name, out var item))
        {
            return item;
        }

        var closest = Suggestions.Closest(name, byKey.Keys.Concat(displayNames));
        var suggestion = closest.Count == 0
            ? FormattableString.Invariant($"Known: {string.Join(", ", displayNames.Take(12))}{(displayNames.Count > 12 ? ", …" : string.Empty)}.")
            : FormattableString.Invariant($"Did you mean {string.Join(" or ", closest.Select(c => $"\"{DisplayNameOf(c)}\"").Distinct())}?");
        throw new InvalidParameterException(FormattableString.Invariant($"{paramName}: there is no {kind} called \"{name}\". {suggestion}"), paramName);
    }

    internal static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private string DisplayNameOf(string key) =>
        byKey.TryGetValue(Normalize(key), out var item) ? displayNames.FirstOrDefault(n => byKey[Normalize(n)] == item) ?? key : key;
}

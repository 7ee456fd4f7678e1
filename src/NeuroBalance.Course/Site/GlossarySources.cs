using System.Text.RegularExpressions;
using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Where the glossary page gets its entries.
/// </summary>
/// <remarks>
/// The content library (issue 4) brings a glossary with plain-language definitions; when it is on the
/// branch, the CLI passes its entries to <see cref="Merge"/>. Until then, and for terms it lacks, the
/// page lists the terms the lessons introduce in bold (<c>**term**</c>) with links to where they appear.
/// </remarks>
public static partial class GlossarySources
{
    /// <summary>Collects the terms that lessons introduce in bold, with the lessons that use them.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <returns>One entry per term (no definition), sorted by term.</returns>
    public static IReadOnlyList<GlossaryEntry> FromLessons(IReadOnlyList<LessonBuild> lessons)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var terms = new SortedDictionary<string, (string Term, List<string> UsedIn)>(StringComparer.OrdinalIgnoreCase);
        foreach (var lesson in lessons.Where(l => l.Dib is not null))
        {
            foreach (var cell in lesson.Dib!.Cells.Where(c => c.IsMarkdown))
            {
                foreach (Match match in BoldTerm().Matches(cell.Text))
                {
                    var term = match.Groups["term"].Value.Trim();
                    if (!LooksLikeTerm(term))
                    {
                        continue;
                    }

                    if (!terms.TryGetValue(term, out var entry))
                    {
                        entry = (term, []);
                        terms[term] = entry;
                    }

                    if (!entry.UsedIn.Contains(lesson.Slug))
                    {
                        entry.UsedIn.Add(lesson.Slug);
                    }
                }
            }
        }

        return terms.Values.Select(t => new GlossaryEntry(t.Term, string.Empty, t.UsedIn)).ToArray();
    }

    /// <summary>Merges defined entries (e.g. the content library's glossary) with the lesson terms.</summary>
    /// <param name="defined">Entries with definitions; they win.</param>
    /// <param name="fromLessons">Entries from <see cref="FromLessons"/>; their "used in" links are kept.</param>
    /// <returns>The merged entries.</returns>
    public static IReadOnlyList<GlossaryEntry> Merge(IEnumerable<GlossaryEntry> defined, IEnumerable<GlossaryEntry> fromLessons)
    {
        var used = (fromLessons ?? []).ToDictionary(e => e.Term, StringComparer.OrdinalIgnoreCase);
        var merged = (defined ?? []).Select(d => used.Remove(d.Term, out var u) ? d with { UsedIn = [.. d.UsedIn.Union(u.UsedIn)] } : d).ToList();
        merged.AddRange(used.Values);
        return merged;
    }

    /// <summary>
    /// Reads the content library's glossary (<c>NeuroBalance.Content.Glossary.Terms</c>, issue 4) from
    /// an assembly, if it has one: each entry's term, plain and precise definitions and related terms.
    /// Read by name, so the tooling builds with or without the content library.
    /// </summary>
    /// <param name="library">The NeuroBalance library assembly.</param>
    /// <param name="problem">Why the glossary could not be read, when it exists but failed to load; otherwise null.</param>
    /// <param name="typeName">The static class with a <c>Terms</c> property (a different one in tests).</param>
    /// <returns>The entries, or an empty list when the library has no glossary (yet).</returns>
    public static IReadOnlyList<GlossaryEntry> FromContentLibrary(System.Reflection.Assembly library, out string? problem, string typeName = "NeuroBalance.Content.Glossary")
    {
        ArgumentNullException.ThrowIfNull(library);
        problem = null;
        var terms = library.GetType(typeName)?.GetProperty("Terms")?.GetMethod;
        if (terms is null)
        {
            return [];
        }

        try
        {
            var entries = ((System.Collections.IEnumerable)terms.Invoke(null, null)!).Cast<object>().ToArray();
            string Text(object entry, string name) => entry.GetType().GetProperty(name)?.GetValue(entry) as string ?? string.Empty;
            var byId = entries.ToDictionary(e => Text(e, "Id"), e => Text(e, "Term"), StringComparer.Ordinal);
            return entries.Select(e =>
            {
                var related = (e.GetType().GetProperty("Related")?.GetValue(e) as IEnumerable<string> ?? [])
                    .Select(r => byId.TryGetValue(r, out var term) ? term : r)
                    .Select(term => $"[{term}](#{SiteWriter.Anchor(term)})");
                var definition = Text(e, "Plain");
                var precise = Text(e, "Precise");
                var text = definition
                    + (precise.Length > 0 ? $"\n\n*Precisely:* {precise}" : string.Empty)
                    + (related.Any() ? $"\n\n*Related:* {string.Join(", ", related)}" : string.Empty);
                return new GlossaryEntry(Text(e, "Term"), text, []);
            }).Where(e => e.Term.Length > 0).ToArray();
        }
        catch (System.Reflection.TargetInvocationException e)
        {
            problem = $"the content library's glossary did not load: {e.InnerException?.Message ?? e.Message}";
            return [];
        }
    }

    private static bool LooksLikeTerm(string term) =>
        term.Length is >= 2 and <= 40
        && char.IsLetter(term[0])
        && term.Split(' ').Length <= 4
        && !term.EndsWith('.') && !term.EndsWith(':') && !term.EndsWith('?') && !term.EndsWith('!')
        && !term.Contains("Ctrl", StringComparison.Ordinal) && !term.Contains('+', StringComparison.Ordinal);

    [GeneratedRegex("\\*\\*(?<term>[^*\\n]+)\\*\\*")]
    private static partial Regex BoldTerm();
}

using System.Text.RegularExpressions;
using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Where the glossary page gets its entries.
/// </summary>
/// <remarks>
/// The content library's glossary reaches the tooling as typed data (<see cref="GlossaryDefinition"/>, mapped by
/// the CLI, which references the library); <see cref="FromDefinitions"/> turns it into entries and
/// <see cref="Merge"/> adds, for terms it lacks, the terms the lessons introduce in bold (<c>**term**</c>) with
/// links to where they appear.
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
                    if (!LooksLikeTerm(term) || IsEmphasis(term))
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
        var used = (fromLessons ?? []).ToList();
        var merged = new List<GlossaryEntry>();
        foreach (var entry in defined ?? [])
        {
            var names = new[] { entry.Term }.Concat(entry.Aliases ?? []).ToArray();
            var mine = used.Where(u => Matches(u.Term, names)).ToArray();
            used.RemoveAll(mine.Contains);
            merged.Add(mine.Length == 0 ? entry : entry with { UsedIn = [.. entry.UsedIn.Union(mine.SelectMany(m => m.UsedIn))] });
        }

        merged.AddRange(used);
        return merged;
    }

    /// <summary>
    /// Bold words in lessons that are emphasis, not terms: reviewed by hand, each group with its reason.
    /// A bold word that is neither here nor in the glossary (term or alias) fails the glossary test
    /// (<c>GlossaryCoverageTests</c>): give it an entry in <c>src/NeuroBalance/Content/Data/glossary.yaml</c>
    /// (with sources), or, if it is only emphasis, add it here.
    /// </summary>
    public static IReadOnlyList<string> EmphasisWords { get; } =
    [
        // Function words and plain emphasis in a sentence.
        "and", "before", "with", "no", "not", "two", "adapt", "bound", "log", "ratio", "sensitivity", "habituates",
        "raised its peak", "shifts a curve, what", "one instantaneous pulse", "inside the chart", "where each enzyme works", "days to weeks",
        // Run-in headings that start a paragraph (the idea is defined in the text after them).
        "Ambient", "breakdown", "networks", "method", "Endocrinology", "Neurochemistry", "Pharmacology and psychiatry", "Try it", "In your own words",
        // Evidence and status labels: defined together under "evidence level" and in docs/sources.md.
        "human", "primate", "rodent", "model", "illustrative", "illustrative estimate", "contested", "not validated", "not verified", "α1β2γ2L-only illustration",
        // The course's own tools and exercise vocabulary (lesson 00 and A4 explain them).
        "NeuroBalance", "knowledge base", "Restart", "hints", "reference solution", "progress", "prediction", "function", "multiple-choice",
        "number with a unit", "feedback", "references", "multipliers",
        // Chemical formulae shown in bold for emphasis.
        "O₂",
    ];

    /// <summary>Gets whether a bold word is on the reviewed list of emphasis words (<see cref="EmphasisWords"/>).</summary>
    /// <param name="term">The bold text.</param>
    /// <returns>True for emphasis, false for a (possible) term.</returns>
    public static bool IsEmphasis(string term) => EmphasisWords.Contains(term?.Trim() ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets whether a bold lesson term names one of <paramref name="names"/> (a glossary term and its
    /// aliases): case-insensitive, also as a plural ("autoreceptors") and without a parenthesis
    /// ("tetrahydrobiopterin (BH4)").
    /// </summary>
    /// <param name="term">The lesson's bold text.</param>
    /// <param name="names">The glossary's names for one entry.</param>
    /// <returns>True when the term is one of the names.</returns>
    public static bool Matches(string term, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var known = names.Select(n => n.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Variants(term).Any(known.Contains);
    }

    private static IEnumerable<string> Variants(string term)
    {
        var t = (term ?? string.Empty).Trim();
        var open = t.IndexOf(" (", StringComparison.Ordinal);
        foreach (var v in open > 0 && t.EndsWith(')') ? new[] { t, t[..open], t[(open + 2)..^1] } : [t])
        {
            yield return v;
            if (v.EndsWith('s') && v.Length > 3)
            {
                yield return v[..^1];
            }
        }
    }

    /// <summary>
    /// Turns the content library's glossary (typed data, <see cref="GlossaryDefinition"/>) into page entries:
    /// the plain definition, then the precise one, then links to the related terms.
    /// </summary>
    /// <param name="definitions">The library's entries.</param>
    /// <returns>One entry per term with a name.</returns>
    public static IReadOnlyList<GlossaryEntry> FromDefinitions(IEnumerable<GlossaryDefinition> definitions)
    {
        var entries = (definitions ?? throw new ArgumentNullException(nameof(definitions))).ToArray();
        var byId = entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Term, StringComparer.Ordinal);
        return entries.Where(e => e.Term.Length > 0).Select(e =>
        {
            var related = e.Related
                .Select(r => byId.TryGetValue(r, out var term) ? term : r)
                .Select(term => $"[{term}](#{GlossaryPage.Anchor(term)})")
                .ToArray();
            var text = e.Plain
                + (e.Precise.Length > 0 ? $"\n\n*Precisely:* {e.Precise}" : string.Empty)
                + (related.Length > 0 ? $"\n\n*Related:* {string.Join(", ", related)}" : string.Empty);
            return new GlossaryEntry(e.Term, text, [], e.Aliases);
        }).ToArray();
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

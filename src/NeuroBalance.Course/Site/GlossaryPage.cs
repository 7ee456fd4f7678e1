using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Site;

/// <summary>The glossary (<c>glossary.html</c>): each term with its definition and the lessons that use it.</summary>
public static partial class GlossaryPage
{
    /// <summary>Gets the anchor id of a glossary term on the page, e.g. <c>term-d2-like-receptor</c>.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The id.</returns>
    public static string Anchor(string term) => "term-" + NonWord().Replace((term ?? string.Empty).ToLowerInvariant(), "-").Trim('-');

    /// <summary>Writes the page body.</summary>
    /// <param name="glossary">The entries.</param>
    /// <param name="lessons">The built lessons (for the "used in" links).</param>
    /// <returns>The body.</returns>
    internal static string Body(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<LessonBuild> lessons)
    {
        var titles = lessons.ToDictionary(l => l.Slug, l => l.Outline.Title, StringComparer.Ordinal);
        var body = new StringBuilder("<div class=\"prose\"><h1>Glossary</h1>");
        if (glossary.Count == 0)
        {
            body.Append("<p>No glossary entries yet.</p>");
        }
        else if (glossary.All(e => e.Definition.Length == 0))
        {
            body.Append("<p>The terms the lessons introduce in <strong>bold</strong>, with the lessons that use them. Definitions appear here when the course's content library provides its glossary.</p>");
        }

        body.Append("<dl class=\"glossary\">");
        foreach (var entry in glossary.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase))
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt id=\"{Html.Encode(Anchor(entry.Term))}\">{Html.Encode(entry.Term)}</dt><dd>");
            if (entry.Definition.Length > 0)
            {
                body.Append(CourseMarkdown.ToHtml(entry.Definition));
            }

            if (entry.UsedIn.Count > 0)
            {
                body.Append("<p class=\"cell-meta\">Used in: ")
                    .AppendJoin(", ", entry.UsedIn.Where(titles.ContainsKey).Select(slug => $"<a href=\"{Html.Encode(slug)}.html\">{Html.Encode(titles[slug])}</a>"))
                    .Append("</p>");
            }

            body.Append("</dd>");
        }

        return body.Append("</dl></div>").ToString();
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Authoring;

/// <summary>What the course map shows of a lesson: its title and learning objectives, read from the notebook.</summary>
/// <param name="Title">The text of the first <c># </c> heading, or the file name when there is none.</param>
/// <param name="Objectives">The list items under <c>## Learning objectives</c>, as Markdown.</param>
public sealed record LessonOutline(string Title, IReadOnlyList<string> Objectives)
{
    /// <summary>The heading that introduces the objectives (lint contract).</summary>
    public const string ObjectivesHeading = "## Learning objectives";

    /// <summary>Reads the outline of a parsed notebook.</summary>
    /// <param name="file">The notebook.</param>
    /// <param name="fallbackTitle">The title to use when the notebook has no <c># </c> heading.</param>
    /// <returns>The outline.</returns>
    public static LessonOutline Read(DibFile file, string fallbackTitle)
    {
        ArgumentNullException.ThrowIfNull(file);
        var markdown = file.Cells.Where(c => c.IsMarkdown).SelectMany(c => c.Lines).ToArray();
        var title = markdown.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? fallbackTitle;
        return new LessonOutline(title, ObjectivesIn(markdown).Select(o => o.Text).ToArray());
    }

    /// <summary>Finds the list items under the objectives heading.</summary>
    /// <param name="lines">Markdown lines.</param>
    /// <returns>(index of the line, text of the item) for each item, in order.</returns>
    public static IEnumerable<(int Index, string Text)> ObjectivesIn(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var inside = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('#'))
            {
                inside = line.Equals(ObjectivesHeading, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inside && ListItem(line) is { } item)
            {
                yield return (i, item);
            }
        }
    }

    private static string? ListItem(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
        {
            return line[2..].Trim();
        }

        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 && line[..dot].All(char.IsAsciiDigit) ? line[(dot + 2)..].Trim() : null;
    }
}

using System.Text.RegularExpressions;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB007: Markdown links to local files and anchors resolve.</summary>
public sealed partial class LinksRule() : LintRule(new(LintRules.Links, "Links resolve", LintSeverity.Error,
    "Markdown links to local files resolve (relative to the notebook), and `#anchor` links match a heading (GitHub-style ids) of the notebook, or of the linked `.md` document or `.dib` notebook"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        var folder = target.File.Directory!;
        var anchors = HeadingIds(target.Notebook);
        foreach (var cell in target.Notebook.Cells.Where(c => c.IsMarkdown))
        {
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                foreach (Match link in MarkdownLink().Matches(cell.Lines[i]))
                {
                    var problem = Problem(link.Groups["target"].Value, folder, anchors);
                    if (problem is not null)
                    {
                        report(cell.FileLine(i), problem);
                    }
                }
            }
        }
    }

    private static string? Problem(string target, DirectoryInfo folder, HashSet<string> anchors)
    {
        if (MarkdownSyntax.HasScheme(target))
        {
            return null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash >= 0 ? target[..hash] : target);
        var anchor = hash >= 0 ? target[(hash + 1)..] : null;
        if (path.Length == 0)
        {
            return anchor is not null && !anchors.Contains(anchor) ? $"link '{target}': no heading in this notebook has the id '{anchor}'." : null;
        }

        var full = Path.Combine(folder.FullName, path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return $"link '{target}': '{path}' does not exist (relative to {folder.Name}/).";
        }

        return anchor is { Length: > 0 } && HeadingIdsOf(full) is { } ids && !ids.Contains(anchor)
            ? $"link '{target}': no heading in '{path}' has the id '{anchor}'."
            : null;
    }

    /// <summary>The heading ids of a linked Markdown document or notebook; null for other files (not checked) or an unreadable notebook.</summary>
    private static HashSet<string>? HeadingIdsOf(string file)
    {
        if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
        {
            return MarkdownSyntax.HeadingIds(File.ReadAllText(file)).ToHashSet(StringComparer.Ordinal);
        }

        if (!file.EndsWith(".dib", StringComparison.OrdinalIgnoreCase) || !File.Exists(file))
        {
            return null;
        }

        try
        {
            return HeadingIds(DibFile.Load(file, Path.GetFileName(file)));
        }
        catch (NotebookFormatException)
        {
            return null; // reported when that notebook is linted itself
        }
    }

    /// <summary>The heading ids of a notebook's markdown cells.</summary>
    private static HashSet<string> HeadingIds(DibFile file) =>
        file.Cells.Where(c => c.IsMarkdown).SelectMany(c => MarkdownSyntax.HeadingIds(c.Text)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("!?\\[[^\\]]*\\]\\((?<target>[^)\\s]+)(?:\\s+\"[^\"]*\")?\\)")]
    private static partial Regex MarkdownLink();
}

using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB003: a <c>## References</c> or <c>## Further reading</c> heading.</summary>
public sealed partial class ReferencesRule() : LintRule(new(LintRules.References, "References", LintSeverity.Error, "A `## References` or `## Further reading` heading"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        if (!MarkdownLines.Of(target.Notebook).Any(l => Heading().IsMatch(l.Text)))
        {
            report((target.Notebook.Cells.Count > 0 ? target.Notebook.Cells[^1].FirstLine : 1), "no '## References' or '## Further reading' section. Cite your sources (DOI or PMID).");
        }
    }

    [GeneratedRegex("^##\\s+(References|Further reading)\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}

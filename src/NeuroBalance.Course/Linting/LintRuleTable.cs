using System.Text;

namespace NeuroBalance.Course.Linting;

/// <summary>
/// The table of lint rules in docs/tooling.md, generated from the rules' descriptors between the
/// markers <see cref="Begin"/> and <see cref="End"/> (printed by <c>neurobalance lint --rules</c>).
/// </summary>
public static class LintRuleTable
{
    /// <summary>The line that opens the generated table.</summary>
    public const string Begin = "<!-- lint-rules: generated from the lint rule descriptors (src/NeuroBalance.Course/Linting/Rules); print with `dotnet run --project src/NeuroBalance.Cli -- lint --rules` -->";

    /// <summary>The line that closes the generated table.</summary>
    public const string End = "<!-- /lint-rules -->";

    /// <summary>Renders the table (Markdown) from the descriptors, markers included.</summary>
    /// <param name="rules">The descriptors; every rule when null.</param>
    /// <returns>The Markdown, ending with a newline.</returns>
    public static string Render(IEnumerable<LintRuleDescriptor>? rules = null)
    {
        var text = new StringBuilder(Begin).Append('\n')
            .Append("| Rule | Severity | Title | Checks |\n| --- | --- | --- | --- |\n");
        foreach (var rule in rules ?? NotebookLinter.Descriptors)
        {
            text.Append("| ").Append(rule.Id)
                .Append(" | ").Append(rule.Severity == LintSeverity.Error ? "error" : "warning")
                .Append(" | ").Append(rule.Title)
                .Append(" | ").Append(rule.Help.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" |\n");
        }

        return text.Append(End).Append('\n').ToString();
    }

    /// <summary>Gets the generated table as it stands in a document (markers included), or null when the document has no markers.</summary>
    /// <param name="document">The document's text.</param>
    /// <returns>The table text with its markers and a final newline, or null.</returns>
    public static string? In(string document)
    {
        var text = (document ?? string.Empty).ReplaceLineEndings("\n");
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : text[begin..(end + End.Length)] + "\n";
    }
}

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB001: the first cell is markdown starting with <c># Title</c>.</summary>
public sealed class TitleRule() : LintRule(new(LintRules.Title, "Title", LintSeverity.Error, "The first cell is markdown starting with `# <Title>`"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        var first = target.Notebook.Cells.Count > 0 ? target.Notebook.Cells[0] : null;
        if (first is null || !first.IsMarkdown || first.Lines.Count == 0 || !first.Lines[0].StartsWith("# ", StringComparison.Ordinal))
        {
            report(first?.FirstLine ?? 1, "the first cell must be markdown starting with '# <Title>'.");
        }
    }
}

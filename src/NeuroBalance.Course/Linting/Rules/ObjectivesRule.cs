using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB002: a <c>## Learning objectives</c> heading followed by a list.</summary>
public sealed class ObjectivesRule() : LintRule(new(LintRules.Objectives, "Learning objectives", LintSeverity.Error, "A `## Learning objectives` heading followed by a list"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        var markdown = MarkdownLines.Of(target.Notebook);
        var heading = markdown.FirstOrDefault(l => l.Text.Equals(LessonOutline.ObjectivesHeading, StringComparison.OrdinalIgnoreCase));
        if (heading.Text is null)
        {
            report((target.Notebook.Cells.Count > 0 ? target.Notebook.Cells[0].FirstLine : 1), $"no '{LessonOutline.ObjectivesHeading}' heading. Add it with a list of what the learner will be able to do.");
        }
        else if (!LessonOutline.ObjectivesIn(markdown.Select(m => m.Text).ToArray()).Any())
        {
            report(heading.Line, $"'{LessonOutline.ObjectivesHeading}' must be followed by a list ('- ...' or '1. ...').");
        }
    }
}

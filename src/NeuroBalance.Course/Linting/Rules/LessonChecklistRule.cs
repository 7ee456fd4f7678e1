using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB011: a numbered lesson meets the lesson checklist (<see cref="LessonChecklist"/>).</summary>
public sealed class LessonChecklistRule() : LintRule(new(LintRules.LessonChecklist, "Lesson checklist", LintSeverity.Error,
    "A numbered lesson (`01-…` to `99-…`) meets the checklist of [lessons.md](lessons.md): title `# NN · Title`, estimated time and prerequisites, the disclaimer, 3–5 objectives, at least 3 exercises each answered in a solution region, a **Think!** prompt, `## Summary`, `## Further reading` and `## For instructors` in that order, no code cell over 15 non-blank lines"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        if (NumberedLesson.Is(target.File.Name))
        {
            LessonChecklist.Check(target.Notebook, report);
        }
    }
}

using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting;

/// <summary>
/// The checklist every numbered lesson (<c>01-…</c> to <c>99-…</c>) meets, checked on the text
/// (lint rule <see cref="LintRules.LessonChecklist"/>): the parts a learner and an instructor rely on.
/// </summary>
/// <remarks>
/// Checked here: title <c># NN · …</c>; <c>**Estimated time:**</c> and <c>**Prerequisites:**</c>; the
/// disclaimer <c>&gt; **Education, not medical advice.**</c>; 3 to 5 learning objectives; at least three
/// exercises (<c>Exercise.Get</c>), each answered in a solution region; a <c>**Think!**</c> prompt;
/// <c>## Summary</c>, <c>## Further reading</c> and <c>## For instructors</c> (with <c>What to adapt</c>
/// and <c>Common misconceptions</c>); and no code cell longer than <see cref="MaxCodeLines"/> non-blank
/// lines. What needs the kernel (charts drawn, sliders) is checked by the notebook tests.
/// </remarks>
public static class LessonChecklist
{
    /// <summary>The longest code cell allowed, in non-blank lines: logic lives in the library.</summary>
    public const int MaxCodeLines = 15;

    /// <summary>The fewest exercises a lesson has.</summary>
    public const int MinExercises = 3;

    /// <summary>The disclaimer that opens every lesson.</summary>
    public const string Disclaimer = "> **Education, not medical advice.**";

    /// <summary>Gets whether a notebook file name is a numbered lesson (01 to 99), which the checklist applies to.</summary>
    /// <param name="fileName">The file name, e.g. <c>03-synthesis.dib</c>.</param>
    /// <returns>True for a numbered lesson; false for 00-start-here and the appendices.</returns>
    public static bool AppliesTo(string fileName) => NumberedLesson.Is(fileName);

    /// <summary>Checks a lesson and reports each missing part.</summary>
    /// <param name="file">The parsed lesson.</param>
    /// <param name="report">Receives (line, message) per problem.</param>
    public static void Check(DibFile file, Action<int, string> report)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(report);
        var first = file.Cells.Count > 0 ? file.Cells[0] : null;
        var top = first?.FirstLine ?? 1;
        var number = NumberedLesson.NumberOf(file.Name);
        var markdown = file.Cells.Where(c => c.IsMarkdown).SelectMany(c => c.Lines.Select((l, i) => (Text: l.Trim(), Line: c.FileLine(i)))).ToArray();
        var text = markdown.Select(m => m.Text).ToArray();

        if (first is not { IsMarkdown: true } || !first.Lines[0].StartsWith($"# {number} · ", StringComparison.Ordinal))
        {
            report(top, $"the title must read '# {number} · <Title>' (the lesson number, a middle dot, the title).");
        }

        foreach (var label in new[] { "**Estimated time:**", "**Prerequisites:**" })
        {
            if (first is null || !first.Lines.Any(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal)))
            {
                report(top, $"the first cell needs a line starting '{label}'.");
            }
        }

        if (!text.Any(l => l.StartsWith(Disclaimer, StringComparison.Ordinal)))
        {
            report(top, $"the disclaimer '{Disclaimer} …' is missing.");
        }

        var objectives = LessonOutline.ObjectivesIn(text).Count();
        if (objectives is < 3 or > 5)
        {
            report(top, $"a lesson has 3 to 5 learning objectives, but this one has {objectives}.");
        }

        CheckExercises(file, report, top);
        if (!text.Any(l => l.Contains("**Think!**", StringComparison.Ordinal)))
        {
            report(top, "no '**Think!**' discussion prompt.");
        }

        CheckEnding(markdown, report, (file.Cells.Count > 0 ? file.Cells[^1].FirstLine : (int?)null) ?? top);
        foreach (var cell in file.Cells.Where(c => !c.IsMarkdown))
        {
            var lines = cell.Lines.Count(l => l.Trim().Length > 0);
            if (lines > MaxCodeLines)
            {
                report(cell.FirstLine, $"this code cell has {lines} non-blank lines; keep cells to {MaxCodeLines} or fewer and move logic into the library.");
            }
        }
    }

    private static void CheckExercises(DibFile file, Action<int, string> report, int top)
    {
        var code = file.Cells.Where(c => !c.IsMarkdown).ToArray();
        var ids = ExerciseCalls.Ids(file);
        if (ids.Count < MinExercises)
        {
            report(top, $"a lesson has at least {MinExercises} exercises (Exercise.Get(\"…\")), but this one has {ids.Count}.");
        }

        var regions = code.Count(c => c.Lines.Any(l => l.Trim() == SolutionRegions.CodeBegin));
        if (regions < Math.Min(ids.Count, MinExercises))
        {
            report(top, $"each exercise is answered in a solution region ('{SolutionRegions.CodeBegin}' … '{SolutionRegions.CodeEnd}'), but there are {regions} regions for {ids.Count} exercises.");
        }
    }

    private static void CheckEnding((string Text, int Line)[] markdown, Action<int, string> report, int last)
    {
        var order = new[] { "## Summary", "## Further reading", "## For instructors" };
        var at = order.Select(h => Array.FindIndex(markdown, m => m.Text.Equals(h, StringComparison.OrdinalIgnoreCase))).ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            if (at[i] < 0)
            {
                report(last, $"no '{order[i]}' section; a lesson ends with {string.Join(", ", order.Select(h => $"'{h}'"))}, in that order.");
            }
            else if (i > 0 && at[i - 1] >= 0 && at[i] < at[i - 1])
            {
                report(markdown[at[i]].Line, $"'{order[i]}' must come after '{order[i - 1]}'.");
            }
        }

        if (at[2] >= 0)
        {
            var notes = string.Join("\n", markdown.Skip(at[2]).Select(m => m.Text));
            foreach (var phrase in new[] { "What to adapt", "Common misconceptions" })
            {
                if (!notes.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    report(markdown[at[2]].Line, $"'## For instructors' must say '{phrase}'.");
                }
            }
        }
    }
}

using NeuroBalance.Exercises;
using NeuroBalance.Lessons;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// A learner meets each question before its answer, and reads tables and legends in human words:
/// checked on the real-kernel run of every notebook with exercises (solutions run, as in the
/// instructor's version, so code-exercise feedback is on the page too).
/// </summary>
public sealed class LearnerPathTests
{
    private static readonly ExerciseCatalog Catalog = CourseLessons.Catalog();

    /// <summary>Every notebook with exercises.</summary>
    public static TheoryData<string> NotebooksWithExercises =>
        new(NotebookRuns.Repository.FindNotebooks()
            .Where(f => Catalog.Notebooks.Contains(Path.GetFileNameWithoutExtension(f.Name)))
            .Select(NotebookRuns.Repository.RelativePath));

    [Theory]
    [MemberData(nameof(NotebooksWithExercises))]
    public async Task NoExerciseAnswer_IsShown_BeforeItsQuestion(string notebook)
    {
        var result = await NotebookRuns.RunAsync(notebook);
        Assert.True(result.Succeeded, result.DescribeFailures());

        var leaks = new List<string>();
        foreach (var exercise in Catalog.ForNotebook(Path.GetFileName(notebook)))
        {
            var question = result.Cells.ToList().FindIndex(c => !c.Cell.IsMarkdown && c.Cell.Text.Contains($"\"{exercise.Id}\"", StringComparison.Ordinal));
            Assert.True(question >= 0, $"{notebook} never shows the exercise {exercise.Id}.");
            if (LearnerText.ExpectedValue(exercise) is not { } expected)
            {
                continue;
            }

            foreach (var cell in result.Cells.Take(question))
            {
                foreach (var text in LearnerText.Of(cell))
                {
                    foreach (var statement in LearnerText.Statements(text, expected.Value, expected.BaseUnit).Distinct(StringComparer.Ordinal))
                    {
                        leaks.Add($"cell {cell.Cell.Number} ({cell.Cell.FirstLine}) shows \"{statement}\" before {exercise.Id} asks for {expected.Formatted}: …{Around(text, statement)}…");
                    }
                }
            }
        }

        Assert.True(leaks.Count == 0, $"{notebook} gives answers away before their questions:{Environment.NewLine}{string.Join(Environment.NewLine, leaks)}");
    }

    [Theory]
    [MemberData(nameof(NotebooksWithExercises))]
    public async Task Outputs_AreTablesWithHeaders_AndLegendsInHumanWords(string notebook)
    {
        var result = await NotebookRuns.RunAsync(notebook);
        Assert.True(result.Succeeded, result.DescribeFailures());

        var problems = new List<string>();
        foreach (var cell in result.Cells.Where(c => !c.Cell.IsMarkdown))
        {
            foreach (var html in cell.Outputs.Where(o => o.IsHtml).Select(o => o.Value))
            {
                if (html.Contains("dni-treeview", StringComparison.Ordinal))
                {
                    problems.Add($"cell {cell.Cell.Number} ({cell.Cell.FirstLine}): an object tree collapsed into one line (dotnet-interactive's default formatter); show a table with headers and units.");
                }

                if (html.Contains("<i>type</i>", StringComparison.Ordinal) || html.Contains("<i>index</i>", StringComparison.Ordinal))
                {
                    problems.Add($"cell {cell.Cell.Number} ({cell.Cell.FirstLine}): a default object table (type/index columns); give it human headers.");
                }

                foreach (var text in LearnerText.OfHtml(html))
                {
                    foreach (var name in LearnerText.CodeNamesIn(text))
                    {
                        problems.Add($"cell {cell.Cell.Number} ({cell.Cell.FirstLine}): the code name \"{name}\" in a table, legend or caption; use human words.");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{notebook}:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Distinct(StringComparer.Ordinal))}");
    }

    private static string Around(string text, string statement)
    {
        var at = text.IndexOf(statement, StringComparison.Ordinal);
        var start = Math.Max(0, at - 50);
        return text.Substring(start, Math.Min(text.Length - start, statement.Length + 100)).ReplaceLineEndings(" ");
    }
}

using AngleSharp.Html.Parser;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The CI check of exercises, in the real kernel: in every notebook, the instructor version passes
/// every exercise with its reference solution, and the student version (solution regions replaced by
/// placeholders) runs without a failed cell and gives feedback, not an exception, for every exercise.
/// A learner's mistakes leave the kernel usable.
/// </summary>
public sealed partial class ExerciseNotebookTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every course notebook, as for <see cref="NotebookTests"/>.</summary>
    public static TheoryData<string> Notebooks => NotebookTests.Notebooks;

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task InstructorVersion_EveryExercisePasses_WithItsReferenceSolution(string notebook)
    {
        // Given the exercises the notebook uses
        var ids = ExerciseIds(notebook);

        // When the notebook runs as written
        var result = await NotebookRuns.RunAsync(notebook);

        // Then every check of every exercise says "passed"
        Assert.True(result.Succeeded, result.DescribeFailures());
        foreach (var id in ids)
        {
            var statuses = FeedbackStatuses(result, id);
            Assert.True(statuses.Count > 0, $"{notebook}: no feedback for exercise '{id}'. Does a cell call Check(...) on it?");
            Assert.All(statuses, s => Assert.True(s == "passed", $"{notebook}: exercise '{id}' gave '{s}' with the reference solution."));
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task StudentVersion_RunsWithoutAFailedCell_AndGivesFeedbackForEveryExercise(string notebook)
    {
        // Given the student version of the notebook
        var path = Path.Combine(NotebookRuns.Repository.Root.FullName, notebook);
        var text = File.ReadAllText(path);
        var student = SolutionRegions.ToStudentVersion(text, notebook);
        var ids = ExerciseIds(notebook);
        if (ids.Count == 0 && student == text)
        {
            return; // No exercises and no solution regions: the student version is the notebook itself, run by NotebookTests.
        }

        // When it runs in the real kernel, in the notebook's own folder
        var result = await new NotebookRunner(NotebookRuns.Repository).RunAsync(
            SolutionRegions.StudentNotebook(new FileInfo(path), notebook), new FileInfo(path), cancellationToken: TestContext.Current.CancellationToken);

        // Then no cell fails, and each exercise answers the blank answer with feedback that does not pass
        Assert.True(result.Succeeded, "Student version: " + result.DescribeFailures());
        foreach (var id in ids)
        {
            var statuses = FeedbackStatuses(result, id);
            Assert.True(statuses.Count > 0, $"{notebook} (student version): no feedback for exercise '{id}'.");
            Assert.All(statuses, s => Assert.True(s != "passed", $"{notebook} (student version): the blank answer to '{id}' passed; the placeholder gives the answer away."));
        }
    }

    [Fact]
    public async Task LearnerMistakes_GetFriendlyFeedback_AndTheNextCellStillRuns()
    {
        var result = await NotebookRuns.RunAsync(NotebookRuns.Repository.RelativePath(new FileInfo(NotebookRuns.FixturePath("learner-mistakes.dib"))));

        Assert.True(result.Succeeded, result.DescribeFailures());
        var feedback = result.HtmlOutputs.Select(o => Parser.ParseDocument(o.Value).QuerySelector("div.nb-ex-feedback")).OfType<AngleSharp.Dom.IElement>().ToArray();
        Assert.Equal(["learner-error", "learner-error", "learner-error", "learner-error", "not-attempted"], feedback.Select(f => f.GetAttribute("data-status")));
        Assert.Contains("threw InvalidOperationException: \"learner bug\"", feedback[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("did not finish within 2 s", feedback[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("returned NaN", feedback[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("the text \"810 nM\" (a string, in quotes)", feedback[3].TextContent, StringComparison.Ordinal);
        Assert.All(feedback, f => Assert.DoesNotMatch(@"\bat [\w.]+\(|:line \d", f.TextContent));

        var last = result.Cells[^1];
        Assert.Equal(CellStatus.Passed, last.Status);
        Assert.Contains(last.Outputs, o => o.Value.Trim() == "2" || o.Value.Contains("<pre>2</pre>", StringComparison.Ordinal));
    }

    /// <summary>The ids of every <c>Exercise.Get("…")</c> in a notebook, in order of first use.</summary>
    private static IReadOnlyList<string> ExerciseIds(string notebook) =>
        ExerciseCalls.Ids(File.ReadAllText(Path.Combine(NotebookRuns.Repository.Root.FullName, notebook)));

    /// <summary>The <c>data-status</c> of every feedback output for one exercise.</summary>
    private static IReadOnlyList<string> FeedbackStatuses(NotebookResult result, string id) =>
        result.HtmlOutputs
            .SelectMany(o => Parser.ParseDocument(o.Value).QuerySelectorAll("div.nb-ex-feedback"))
            .Where(e => e.GetAttribute("data-exercise-id") == id)
            .Select(e => e.GetAttribute("data-status") ?? "(none)")
            .ToArray();
}

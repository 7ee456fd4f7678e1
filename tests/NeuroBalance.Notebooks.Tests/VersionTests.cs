using NeuroBalance.Cli;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Linting;
using NeuroBalance.Course.Running;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// <c>student</c> and <c>instructor</c> write notebooks into artifacts/ that still run in the real kernel
/// (the relative <c>#r</c> is rewritten for the new folder).
/// </summary>
public sealed class VersionTests
{
    private static string Output(string name) => Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "tests", name);

    private static async Task<NotebookResult> RunAsync(string file) =>
        await new NotebookRunner(NotebookRuns.Repository).RunAsync(file, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task Student_ReplacesSolutions_KeepsHints_AndRunsInTheRealKernel()
    {
        var console = new TestConsole().Width(250);
        var output = Output("student");

        var exit = await NeuroBalanceCli.InvokeAsync(["student", NotebookRuns.FixturePath("solution-regions.dib"), "--output", output], console);

        Assert.True(exit == 0, console.Output);
        var file = Path.Combine(output, "solution-regions.dib");
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("FromMicromolar(2)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hill coefficient", text, StringComparison.Ordinal);
        Assert.Contains("Concentration? answer = null; // ✏️ replace null with your answer", text, StringComparison.Ordinal);
        Assert.Contains("*✏️ Write your answer here.*", text, StringComparison.Ordinal);
        Assert.Contains("// Hint (kept in both versions)", text, StringComparison.Ordinal);
        // The fixture sits three folders deep, as artifacts/tests/student does, so its #r path is unchanged.
        Assert.Contains("#r \"../../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\"", text, StringComparison.Ordinal);

        var result = await RunAsync(file);

        Assert.True(result.Succeeded, result.DescribeFailures());
        Assert.Contains(result.Cells.SelectMany(c => c.Outputs), o => o.Value.Contains("no answer yet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Instructor_KeepsSolutions_AndRunsInTheRealKernel()
    {
        var console = new TestConsole().Width(250);
        var output = Output("instructor");

        var exit = await NeuroBalanceCli.InvokeAsync(["instructor", NotebookRuns.FixturePath("solution-regions.dib"), "--output", output], console);

        Assert.True(exit == 0, console.Output);
        var result = await RunAsync(Path.Combine(output, "solution-regions.dib"));
        Assert.True(result.Succeeded, result.DescribeFailures());
        Assert.Contains(result.Cells.SelectMany(c => c.Outputs), o => o.Value.Contains("answer: 2 µM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LearnerCopies_WholeCourse_LintClean_Run_AndTheirChecksSayNoAnswerYet()
    {
        // What `setup` writes to learn/, here into artifacts/ (a learner's learn/ is never touched by tests).
        var repository = NotebookRuns.Repository;
        var folder = new DirectoryInfo(Output("learn"));
        if (folder.Exists)
        {
            folder.Delete(recursive: true);
        }

        var copies = LearnerCopies.Write(repository, repository.FindNotebooks(), replaceEdited: false, DateTimeOffset.Now, folder);

        Assert.All(copies, c => Assert.Equal(LearnerCopyStatus.Created, c.Status));
        // Every lint rule, except NB011 (an authoring rule for the instructor's sources: each exercise has a solution
        // region; the learner's copies have none, by design). NB010 is a warning (not registered in course.json).
        var lint = new NotebookLinter(repository).Lint(copies.Select(c => c.Copy).ToArray()).Where(f => f.Severity == LintSeverity.Error && f.Rule != "NB011").ToArray();
        Assert.True(lint.Length == 0, string.Join("\n", lint.Select(f => f.ToString())));
        // All copies run in one batch, one kernel per core at a time, as `run` runs them.
        var runner = new NotebookRunner(repository);
        var batch = runner.StartBatch(copies.Select(c => c.Copy.FullName));
        IReadOnlyList<NotebookResult> results;
        await using (batch)
        {
            results = await OrderedJobs.RunAsync(
                [.. copies.Select(c => (Func<Task<NotebookResult>>)(() => batch.RunAsync(c.Copy.FullName, cancellationToken: TestContext.Current.CancellationToken)))],
                Environment.ProcessorCount,
                TestContext.Current.CancellationToken);
        }

        foreach (var (copy, result) in copies.Zip(results))
        {
            var text = await File.ReadAllTextAsync(copy.Copy.FullName, TestContext.Current.CancellationToken);
            Assert.DoesNotContain("BEGIN SOLUTION", text, StringComparison.Ordinal);
            Assert.True(result.Succeeded, result.DescribeFailures());
            if (SolutionRegions.Find(await File.ReadAllTextAsync(copy.Source.FullName, TestContext.Current.CancellationToken), copy.Source.Name).Any(r => r.Kind == SolutionRegionKind.Code))
            {
                // An untouched placeholder is "no answer yet", not an error.
                Assert.Contains(result.Cells.SelectMany(c => c.Outputs), o => o.Value.Contains("no answer yet", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Student_OutputOutsideArtifacts_IsRefused()
    {
        var console = new TestConsole().Width(250);
        var outside = Path.Combine(Path.GetTempPath(), $"nb-student-{Guid.NewGuid():N}");

        var exit = await NeuroBalanceCli.InvokeAsync(["student", "--output", outside], console);

        Assert.Equal(2, exit);
        Assert.Contains("must be inside", console.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outside));
    }
}

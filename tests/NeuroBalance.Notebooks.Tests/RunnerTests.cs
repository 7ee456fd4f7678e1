using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>Behaviour of the course runner that the course notebooks do not exercise.</summary>
public sealed class RunnerTests
{
    [Fact]
    // 20 s, not less: under heavy load the kernel's first compile alone took more than 8 s, so the
    // cell timed out before it printed anything and the test failed for the wrong reason.
    public async Task SlowCell_FailsAtTheTimeLimit_AndKeepsItsEarlierOutput()
    {
        var runner = new NotebookRunner(NotebookRuns.Repository, new NotebookRunnerOptions { CellTimeout = TimeSpan.FromSeconds(20) });

        var result = await runner.RunAsync(NotebookRuns.FixturePath("slow-cell.dib"), cancellationToken: TestContext.Current.CancellationToken);

        var slow = Assert.Single(result.FailedCells);
        Assert.Equal(2, slow.Cell.Number);
        Assert.Equal("The cell did not finish within 20 s.", slow.Errors[0]);
        Assert.Contains(slow.Outputs, o => o.Kind == CellOutputKind.StandardOutput && o.Value.Contains("started, now waiting", StringComparison.Ordinal));
        Assert.Equal(CellStatus.NotRun, result.Cells[^1].Status);
    }

    [Fact]
    public async Task JavascriptCell_FailsAtOnce_BecauseItNeedsAFrontEnd()
    {
        var runner = new NotebookRunner(NotebookRuns.Repository, new NotebookRunnerOptions { CellTimeout = TimeSpan.FromSeconds(300) });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await runner.RunAsync(NotebookRuns.FixturePath("javascript-cell.dib"), cancellationToken: TestContext.Current.CancellationToken);

        // 60 s against a 300 s limit: a functional bound (kernel start and one compile), not a performance target.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:0} s");
        Assert.Equal(CellStatus.Passed, result.Cells[1].Status);
        var javascript = Assert.Single(result.FailedCells);
        Assert.Equal("javascript", javascript.Cell.KernelName);
        Assert.Contains("runs in the notebook front end", Assert.Single(javascript.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ZeroTimeout_IsRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NotebookRunner(NotebookRuns.Repository, new NotebookRunnerOptions { CellTimeout = TimeSpan.Zero }));
        Assert.Contains("CellTimeout must be greater than zero", e.Message, StringComparison.Ordinal);
    }
}

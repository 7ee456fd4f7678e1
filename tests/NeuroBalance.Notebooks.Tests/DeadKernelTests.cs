using System.Diagnostics;
using NeuroBalance.Cli;
using NeuroBalance.Course.Running;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// A kernel process that dies in a cell (<c>Environment.Exit</c>, a stack overflow) is reported at once with its exit
/// code and last standard-error lines, not as a cell that ran past its time limit (docs/reliability.md, "Dead kernels").
/// </summary>
public sealed class DeadKernelTests
{
    // The default cell time limit. Detection must come far sooner: 60 s is a functional bound (the kernel start and
    // the first compile take a few seconds, more under load), not a performance target.
    private static readonly TimeSpan CellTimeout = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan WellBeforeTheTimeLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task EnvironmentExit_IsReportedAtOnce_WithTheExitCode_AndKeepsTheCellsOutput()
    {
        var (result, stopped) = await RunUntilTheKernelStopsAsync("kernel-exit.dib");

        Assert.Equal(3, stopped.Cell.Number);
        Assert.StartsWith("The kernel stopped (exit code 3) while running cell 3", stopped.Errors[0], StringComparison.Ordinal);

        // The kernel sends a cell's Console.Error to the cell, not to its process's standard error: the line arrives as
        // the cell's output before the exit, and is kept.
        Assert.Contains(stopped.Outputs, o => o.Value.Contains("leaving with code 3", StringComparison.Ordinal));
        Assert.Equal(CellStatus.NotRun, result.Cells[^1].Status);
    }

    [Fact]
    public async Task StackOverflow_IsReportedAtOnce_WithTheRuntimesMessage()
    {
        var (result, stopped) = await RunUntilTheKernelStopsAsync("stack-overflow.dib");

        Assert.Equal(2, stopped.Cell.Number);
        Assert.StartsWith("The kernel stopped (exit code ", stopped.Errors[0], StringComparison.Ordinal);
        Assert.Contains("Stack overflow", stopped.Errors[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Repeated", stopped.Errors[0], StringComparison.Ordinal); // the frames' bookkeeping is left out
        Assert.Equal(CellStatus.NotRun, result.Cells[^1].Status);
    }

    [Fact]
    public async Task Run_GoesOnWithTheNextNotebook_AfterAKernelDied()
    {
        var console = new TestConsole().Width(400);

        var exit = await NeuroBalanceCli.InvokeAsync(["run", NotebookRuns.FixturePath("kernel-exit.dib"), NotebookRuns.FixturePath("broken-cell.dib")], console);

        Assert.Equal(1, exit);
        var output = string.Join(' ', console.Output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("The kernel stopped (exit code 3) while running cell 3", output, StringComparison.Ordinal);
        Assert.Contains("broken-cell.dib, cell 3 (csharp) `var y = undefinedVariable + x;` failed:", output, StringComparison.Ordinal);
        Assert.Contains("0 of 2 notebook(s) passed", output, StringComparison.Ordinal);
    }

    /// <summary>Runs a fixture with the default cell limit; checks that it ended well before the limit, with one failed cell that is not a time-out.</summary>
    private static async Task<(NotebookResult Result, CellResult Stopped)> RunUntilTheKernelStopsAsync(string fixture)
    {
        // Given
        var runner = new NotebookRunner(NotebookRuns.Repository, new NotebookRunnerOptions { CellTimeout = CellTimeout });
        var clock = Stopwatch.StartNew();

        // When
        var result = await runner.RunAsync(NotebookRuns.FixturePath(fixture), cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.True(clock.Elapsed < WellBeforeTheTimeLimit, $"took {clock.Elapsed.TotalSeconds:0} s");
        var stopped = Assert.Single(result.FailedCells);
        Assert.DoesNotContain(stopped.Errors, e => e.Contains("did not finish within", StringComparison.Ordinal));
        return (result, stopped);
    }
}

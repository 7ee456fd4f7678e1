using NeuroBalance.Cli;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>The <c>neurobalance run</c> command, end to end in the real kernel.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Run_BrokenNotebook_ExitsWithOneAndNamesTheCell()
    {
        var console = new TestConsole().Width(200);

        var exit = await NeuroBalanceCli.InvokeAsync(["run", NotebookRuns.FixturePath("broken-cell.dib")], console);

        Assert.Equal(1, exit);
        Assert.Contains("broken-cell.dib, cell 3 (csharp) `var y = undefinedVariable + x;` failed:", console.Output, StringComparison.Ordinal);
        Assert.Contains("0 of 1 notebook(s) passed", console.Output, StringComparison.Ordinal);
        Assert.Contains("Next: fix the cell named above", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ShowOutput_PrintsExerciseFeedbackAsPlainText()
    {
        var console = new TestConsole().Width(200);
        var quiet = new TestConsole().Width(200);
        var fixture = NotebookRuns.FixturePath("show-output.dib");

        var exit = await NeuroBalanceCli.InvokeAsync(["run", "--show-output", fixture], console);
        await NeuroBalanceCli.InvokeAsync(["run", fixture], quiet);

        Assert.Equal(0, exit);
        var output = string.Join(' ', console.Output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // the test console wraps long lines
        Assert.Contains("--- cell 2: var law = Exercise.Get(\"a4-occupancy-function\");", output, StringComparison.Ordinal);
        Assert.Contains("Your function threw DivideByZeroException", output, StringComparison.Ordinal);
        Assert.Contains("In plain words: a whole number (int) was divided by zero.", output, StringComparison.Ordinal);
        Assert.Contains("plain text out", output, StringComparison.Ordinal);
        Assert.Contains("Your answer is the text \"810 nM\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', console.Output);
        Assert.DoesNotContain("Your function threw", quiet.Output, StringComparison.Ordinal);

        // A learner who ran a lesson is sent to their own copy, never to the instructor's notebooks with the solutions.
        Assert.Contains("Next: open your copy learn/00-start-here.dib", output, StringComparison.Ordinal);
        Assert.DoesNotContain("open notebooks/", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CellOutputAndErrorWithEscapeCodes_ReachTheConsoleAsPlainText()
    {
        var console = new TestConsole().Width(300);

        var exit = await NeuroBalanceCli.InvokeAsync(["run", "--show-output", NotebookRuns.FixturePath("escape-codes.dib")], console);

        Assert.Equal(1, exit);
        Assert.Contains("14 of 14 notebook(s) passed", console.Output, StringComparison.Ordinal); // the cell's text, shown as text
        Assert.Contains("fake line", console.Output, StringComparison.Ordinal); // the failing cell's error, in the failure report
        Assert.DoesNotContain('\u001b', console.Output);
        Assert.DoesNotContain('\u0007', console.Output);
        Assert.DoesNotContain('\r', console.Output);
        Assert.Contains("0 of 1 notebook(s) passed", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingNotebook_ExitsWithTwoAndSaysWhichFile()
    {
        var console = new TestConsole().Width(200);

        var exit = await NeuroBalanceCli.InvokeAsync(["run", "/no/such/lesson.dib"], console);

        Assert.Equal(2, exit);
        Assert.Contains("Notebook not found: /no/such/lesson.dib", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_UnknownOption_IsNamedAsAnOption_NotAsAMissingNotebook()
    {
        var console = new TestConsole().Width(200);

        var exit = await NeuroBalanceCli.InvokeAsync(["lint", "--cell-timeout", "0"], console);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option: --cell-timeout", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Notebook not found: " + Path.GetFullPath("--cell-timeout"), console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidCellTimeout_IsRejectedWithTheRange()
    {
        var console = new TestConsole().Width(200);
        var output = new StringWriter();
        var root = NeuroBalanceCli.Build(console);
        var parse = root.Parse(["run", "--cell-timeout", "0"]);

        Assert.Contains(parse.Errors, e => e.Message.Contains("between 1 and 3600 seconds, but was 0", StringComparison.Ordinal));
        Assert.NotEqual(0, await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken));
    }
}

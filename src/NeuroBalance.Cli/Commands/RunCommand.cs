using System.CommandLine;
using System.Diagnostics;
using NeuroBalance.Course;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance run [notebooks...]</c>: executes notebooks cell by cell in the pinned
/// dotnet-interactive kernel, each in a fresh kernel started in its own folder, and prints a result
/// per notebook.
/// </summary>
public sealed class RunCommand : Command
{
    /// <summary>The notebooks to run; every <c>notebooks/**/*.dib</c> when none is given.</summary>
    public readonly Argument<FileInfo[]> NotebooksArgument = new("notebooks")
    {
        Description = "Notebooks to run (.dib). Default: every notebook under notebooks/.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The per-cell time limit.</summary>
    public readonly Option<int> CellTimeoutOption = CliSupport.CellTimeoutOption();

    /// <summary>How many notebooks run at once.</summary>
    public readonly Option<int> JobsOption = CliSupport.JobsOption();

    /// <summary>Whether to print a line per cell.</summary>
    public readonly Option<bool> CellsOption = new("--cells")
    {
        Description = "Also print every cell: number, status, time and first line (to find slow or failing cells).",
    };

    /// <summary>Whether to print each cell's text output (exercise feedback as plain text).</summary>
    public readonly Option<bool> ShowOutputOption = new("--show-output")
    {
        Description = "Also print each cell's text output, as plain text (exercise feedback, hints, tables): read the course without VS Code.",
    };

    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository; <see cref="CourseRepository.Locate"/> from the current directory when null.</param>
    public RunCommand(IAnsiConsole console, Func<CourseRepository>? locate = null)
        : base("run", "Execute the course notebooks in the real kernel (dotnet-interactive 1.0.712001) and report each one.")
    {
        this.console = console;
        this.locate = locate ?? (() => CourseRepository.Locate());
        Arguments.Add(NotebooksArgument);
        Options.Add(CellTimeoutOption);
        Options.Add(JobsOption);
        Options.Add(CellsOption);
        Options.Add(ShowOutputOption);
        SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetValue(NotebooksArgument) ?? [], parseResult.GetValue(CellTimeoutOption), parseResult.GetValue(JobsOption), parseResult.GetValue(CellsOption), parseResult.GetValue(ShowOutputOption), cancellationToken));
    }

    private async Task<int> RunAsync(FileInfo[] requested, int cellTimeoutSeconds, int jobs, bool showCells, bool showOutput, CancellationToken cancellationToken)
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null || !CliSupport.CheckNotebooks(console, requested, ".dib", ".ipynb"))
        {
            return 2;
        }

        var notebooks = requested.Length > 0 ? requested : repository.FindNotebooks();
        if (notebooks.Count == 0)
        {
            console.MarkupLineInterpolated($"[yellow]No notebooks found under {repository.NotebooksFolder.FullName}.[/]");
            return 2;
        }

        var runner = new NotebookRunner(repository, new NotebookRunnerOptions { CellTimeout = TimeSpan.FromSeconds(cellTimeoutSeconds), Jobs = jobs });
        var clock = Stopwatch.StartNew();

        // Read every notebook first, as build does: a malformed one (bad #!meta JSON, an unknown kernel
        // such as #!rust) is reported on one line and the others still run.
        var readable = new List<(FileInfo File, DibFile Notebook)>();
        var malformed = new List<string>();
        foreach (var notebook in notebooks)
        {
            try
            {
                readable.Add((notebook, DibFile.Load(notebook.FullName, repository.RelativePath(notebook))));
            }
            catch (NotebookFormatException e)
            {
                malformed.Add(e.Message);
            }
        }

        console.MarkupLineInterpolated($"Running {readable.Count} notebook(s) in the real kernel (dotnet-interactive {Course.Kernel.KernelTool.PinnedVersion}), {jobs} at once.");
        IReadOnlyList<NotebookResult> results;
        var batch = runner.StartBatch(readable.Select(n => n.File.FullName));
        await using (batch.ConfigureAwait(false))
        {
            results = await CliSupport.WithProgressAsync(
                console,
                readable.Select(n => (n.Notebook.Name, (Func<IProgress<NotebookProgress>, Task<NotebookResult>>)(p => batch.RunAsync(n.Notebook, n.File, p, cancellationToken)))).ToArray(),
                r => r.Succeeded,
                jobs,
                cancellationToken).ConfigureAwait(false);
        }

        if (showOutput)
        {
            ReportOutputs(results);
        }

        if (showCells)
        {
            ReportCells(results);
        }

        Report(results, malformed, clock.Elapsed);
        return malformed.Count == 0 && results.All(r => r.Succeeded) ? 0 : 1;
    }

    private void Report(IReadOnlyList<NotebookResult> results, IReadOnlyList<string> malformed, TimeSpan total)
    {
        var table = new Table().AddColumns("Notebook", "Result", "Code cells passed", "Time (s)");
        foreach (var result in results)
        {
            var codeCells = result.Cells.Count(c => c.Status is CellStatus.Passed or CellStatus.Failed or CellStatus.NotRun);
            table.AddRow(
                Markup.Escape(result.Notebook),
                result.Succeeded ? "[green]passed[/]" : "[red]FAILED[/]",
                $"{result.PassedCount}/{codeCells}",
                result.Duration.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var failed in results.Where(r => !r.Succeeded))
        {
            console.WriteLine(failed.DescribeFailures());
        }

        foreach (var problem in malformed)
        {
            console.MarkupLineInterpolated($"[red]MALFORMED (not run):[/] {problem}");
        }

        var passed = results.Count(r => r.Succeeded);
        console.MarkupLineInterpolated($"{passed} of {results.Count + malformed.Count} notebook(s) passed in {total.TotalSeconds:0.0} s.");
        if (malformed.Count > 0)
        {
            console.MarkupLine("Next: fix the notebook named above at the line given (see [bold]neurobalance lint[/]), then run this command again.");
        }
        else if (passed == results.Count)
        {
            console.MarkupLine("Next: open your copy [bold]learn/00-start-here.dib[/] (written by [bold]setup[/]) in VS Code (Polyglot Notebooks) and run the cells; notebooks/ holds the instructor's versions, with the solutions.");
        }
        else if (results.Any(r => r.SetupError is not null))
        {
            console.MarkupLine("Next: fix the kernel start-up problem reported above, then run this command again.");
        }
        else
        {
            console.MarkupLine("Next: fix the cell named above (after a change in src/, rebuild with [bold]dotnet build[/]), then run this command again.");
        }
    }

    /// <summary>Prints every code cell's text outputs (text/plain, standard output and error, errors), control characters removed.</summary>
    private void ReportOutputs(IEnumerable<NotebookResult> results)
    {
        foreach (var result in results)
        {
            console.WriteLine($"=== {result.Notebook} ===");
            foreach (var cell in result.Cells.Where(c => c.Status != CellStatus.Markdown))
            {
                var texts = OutputGroup.Of(cell.Outputs).Select(g => g.Text ?? (g.Html is { } html ? HtmlText.Convert(html) : null)).OfType<string>()
                    .Concat(cell.Errors)
                    .Select(t => TerminalText.Strip(t).Trim())
                    .Where(t => t.Length > 0)
                    .ToArray();
                if (texts.Length == 0)
                {
                    continue;
                }

                console.WriteLine($"--- cell {cell.Cell.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {TerminalText.Strip(CliSupport.Shorten(cell.Cell.Caption)).Trim()}");
                foreach (var text in texts)
                {
                    console.WriteLine(text);
                }
            }
        }
    }

    private void ReportCells(IEnumerable<NotebookResult> results)
    {
        foreach (var result in results)
        {
            var table = new Table().Title(Markup.Escape(result.Notebook)).AddColumns("Cell", "Kernel", "Status", "Time (s)", "First line");
            foreach (var cell in result.Cells)
            {
                table.AddRow(
                    cell.Cell.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(cell.Cell.KernelName),
                    cell.Status.ToString(),
                    cell.Duration.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(CliSupport.Shorten(cell.Cell.Caption)));
            }

            console.Write(table);
        }
    }
}

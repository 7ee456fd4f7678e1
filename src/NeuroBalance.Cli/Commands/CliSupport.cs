using NeuroBalance.Course;
using NeuroBalance.Course.Running;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>What several commands share: finding the repository, checking arguments, showing progress.</summary>
internal static class CliSupport
{
    /// <summary>Finds the repository, or prints why not and returns null.</summary>
    internal static CourseRepository? Repository(IAnsiConsole console, Func<CourseRepository> locate)
    {
        try
        {
            return locate();
        }
        catch (DirectoryNotFoundException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return null;
        }
    }

    /// <summary>Checks that every requested notebook exists and has an allowed extension; prints each problem.</summary>
    internal static bool CheckNotebooks(IAnsiConsole console, IReadOnlyCollection<FileInfo> requested, params string[] extensions)
    {
        var ok = true;

        // An option this command does not have reaches the notebooks argument as a file name: say so, not "not found".
        foreach (var file in requested.Where(LooksLikeAnOption))
        {
            console.MarkupLineInterpolated($"[red]Unknown option:[/] {file.Name}. Run the command with --help to see its options.");
            ok = false;
        }

        foreach (var file in requested.Where(f => !f.Exists && !LooksLikeAnOption(f)))
        {
            console.MarkupLineInterpolated($"[red]Notebook not found:[/] {file.FullName}");
            ok = false;
        }

        foreach (var file in requested.Where(f => f.Exists && !extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase)))
        {
            console.MarkupLineInterpolated($"[red]Not a notebook (expected {string.Join(" or ", extensions)}):[/] {file.FullName}");
            ok = false;
        }

        return ok;
    }

    private static bool LooksLikeAnOption(FileInfo file) => file.Name.StartsWith('-') && !file.Exists;

    /// <summary>Resolves an output folder inside artifacts/, or prints why not and returns null.</summary>
    internal static DirectoryInfo? Output(IAnsiConsole console, CourseRepository repository, string? requested, string defaultRelative)
    {
        try
        {
            return ArtifactsFolder.Resolve(repository, requested, defaultRelative);
        }
        catch (ArgumentException e)
        {
            console.MarkupLineInterpolated($"[red]{ForLearner(e)}[/] (option --output)");
            return null;
        }
    }

    /// <summary>An exception's message without the C# parameter name that <see cref="ArgumentException"/> appends.</summary>
    internal static string ForLearner(Exception e) =>
        e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;

    /// <summary>
    /// Runs notebooks, up to <paramref name="parallel"/> at once, with a progress display that keeps the given
    /// (course) order. On a terminal, Spectre's live display: one line per notebook that shows "waiting",
    /// then the current cell and the elapsed time, then passed or failed. Otherwise (a log, CI, a pipe), one
    /// line per notebook once it has finished, in the given order. The results come back in the given order.
    /// </summary>
    internal static async Task<IReadOnlyList<T>> WithProgressAsync<T>(
        IAnsiConsole console,
        IReadOnlyList<(string Name, Func<IProgress<NotebookProgress>, Task<T>> Run)> jobs,
        Func<T, bool> succeeded,
        int parallel,
        CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await OrderedJobs.RunAsync([.. jobs.Select(FinishedLines(console, jobs, succeeded))], parallel, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<T> results = [];
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var lines = jobs.Select(j => context.AddTask(Markup.Escape(j.Name) + " [grey]waiting[/]", autoStart: false, maxValue: 1)).ToArray();
                results = await OrderedJobs.RunAsync(
                    [.. jobs.Select((job, index) => (Func<Task<T>>)(async () =>
                    {
                        var task = lines[index];
                        task.StartTask();
                        var progress = new SynchronousProgress<NotebookProgress>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.TotalCells);
                            task.Value = p.CompletedCells;
                            task.Description = Markup.Escape($"{p.Notebook}: {Shorten(p.Message)}");
                        });
                        var result = await job.Run(progress).ConfigureAwait(false);
                        task.Description = Markup.Escape(job.Name) + (succeeded(result) ? " [green]passed[/]" : " [red]failed[/]");
                        task.Value = task.MaxValue;
                        task.StopTask();
                        return result;
                    }))],
                    parallel,
                    cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Wraps each job so that, when it finishes, the console gets one line for every job that has finished
    /// and whose predecessors have too: the lines come in the given order, each once.
    /// </summary>
    private static Func<(string Name, Func<IProgress<NotebookProgress>, Task<T>> Run), int, Func<Task<T>>> FinishedLines<T>(
        IAnsiConsole console, IReadOnlyList<(string Name, Func<IProgress<NotebookProgress>, Task<T>> Run)> jobs, Func<T, bool> succeeded)
    {
        var finished = new (T Result, TimeSpan Time)?[jobs.Count];
        var printed = 0;
        var gate = new Lock();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return (job, index) => async () =>
        {
            var started = clock.Elapsed;
            var result = await job.Run(new SynchronousProgress<NotebookProgress>(_ => { })).ConfigureAwait(false);
            lock (gate)
            {
                finished[index] = (result, clock.Elapsed - started);
                for (; printed < jobs.Count && finished[printed] is { } done; printed++)
                {
                    var verdict = succeeded(done.Result) ? "[green]passed[/]" : "[red]failed[/]";
                    console.MarkupLine($"{Markup.Escape(jobs[printed].Name)} {verdict} ({done.Time.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s)");
                }
            }

            return result;
        };
    }

    /// <summary>Creates the <c>--jobs</c> option (notebooks run at once, 1 to 64, default one per core) shared by run and build.</summary>
    internal static System.CommandLine.Option<int> JobsOption()
    {
        var option = new System.CommandLine.Option<int>("--jobs", "-j")
        {
            Description = "Notebooks run at once, each in its own kernel (results stay in course order). Default: one per core.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError($"--jobs must be between 1 and 64, but was {result.GetValueOrDefault<int>()}.");
            }
        });
        return option;
    }

    /// <summary>Creates the <c>--cell-timeout</c> option (seconds, 1 to 3600, default 300) shared by run and build.</summary>
    internal static System.CommandLine.Option<int> CellTimeoutOption()
    {
        var option = new System.CommandLine.Option<int>("--cell-timeout")
        {
            Description = "Seconds one cell may run before it counts as failed.",
            DefaultValueFactory = _ => 300,
        };
        option.Validators.Add(result =>
        {
            // Only a whole number is checked for its range: for a token that is not one ("abc") the parser has already
            // reported the error, and asking for the value would throw.
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && seconds is < 1 or > 3600)
            {
                result.AddError($"--cell-timeout must be between 1 and 3600 seconds, but was {seconds}.");
            }
        });
        return option;
    }

    /// <summary>Shortens a text for a one-line display.</summary>
    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

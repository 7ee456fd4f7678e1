using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Course;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Publishing;
using NeuroBalance.Course.Reports;
using NeuroBalance.Course.Running;
using NeuroBalance.Course.Site;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance build [notebooks...]</c>: runs every lesson in the real kernel and writes
/// <c>artifacts/course/</c>: an offline static site, one .ipynb per lesson with outputs, a per-cell
/// JUnit report and a timing summary. A failing cell does not stop the build; the exit code is 1.
/// </summary>
public sealed class BuildCommand : Command
{
    /// <summary>The notebooks to build; the whole course (notebooks/course.json order) when none is given.</summary>
    public readonly Argument<FileInfo[]> NotebooksArgument = new("notebooks")
    {
        Description = "Notebooks to build (.dib). Default: the whole course, in the order of notebooks/course.json.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The output folder, inside artifacts/.</summary>
    public readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "Output folder; must be inside artifacts/. Default: artifacts/course.",
    };

    /// <summary>The per-cell time limit.</summary>
    public readonly Option<int> CellTimeoutOption = CliSupport.CellTimeoutOption();

    /// <summary>How many notebooks run at once.</summary>
    public readonly Option<int> JobsOption = CliSupport.JobsOption();

    /// <summary>Whether to also measure the kernel floor.</summary>
    public readonly Option<bool> MeasureFloorOption = new("--measure-floor")
    {
        Description = "After the build, run the same number of trivial cells per notebook through the same runner and print the ratio build / floor.",
    };

    /// <summary>Whether to build the instructor's version (solutions shown) instead of the learner's.</summary>
    public readonly Option<bool> InstructorOption = new("--instructor")
    {
        Description = "Build the instructor's version (solutions shown) into artifacts/course-instructor/. Default: the learner's version (solutions hidden) into artifacts/course/.",
    };

    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository.</param>
    public BuildCommand(IAnsiConsole console, Func<CourseRepository> locate)
        : base("build", "Run every lesson in the real kernel and write artifacts/course/: an offline HTML site, .ipynb files with outputs, a per-cell JUnit report and a timing summary.")
    {
        this.console = console;
        this.locate = locate;
        Arguments.Add(NotebooksArgument);
        Options.Add(OutputOption);
        Options.Add(CellTimeoutOption);
        Options.Add(JobsOption);
        Options.Add(MeasureFloorOption);
        Options.Add(InstructorOption);
        SetAction((parseResult, cancellationToken) => BuildAsync(
            parseResult.GetValue(NotebooksArgument) ?? [],
            parseResult.GetValue(OutputOption),
            parseResult.GetValue(CellTimeoutOption),
            parseResult.GetValue(JobsOption),
            parseResult.GetValue(MeasureFloorOption),
            parseResult.GetValue(InstructorOption),
            cancellationToken));
    }

    private async Task<int> BuildAsync(FileInfo[] requested, string? outputPath, int cellTimeoutSeconds, int jobs, bool measureFloor, bool instructor, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var repository = CliSupport.Repository(console, locate);
        if (repository is null || !CliSupport.CheckNotebooks(console, requested, ".dib"))
        {
            return 2;
        }

        var output = CliSupport.Output(console, repository, outputPath, instructor ? "course-instructor" : "course");
        if (output is null)
        {
            return 2;
        }

        // Read first, so that a malformed notebooks/course.json stops the build before any lesson runs.
        var map = Course.Authoring.CourseMap.Load(repository);
        var plan = CoursePlan.Create(repository, requested);
        if (plan.Count == 0)
        {
            console.MarkupLineInterpolated($"[yellow]No notebooks found under {repository.NotebooksFolder.FullName}.[/]");
            return 2;
        }

        // The published site is the learner's version: every solution region replaced by its
        // placeholder before the lesson runs, so neither the code nor its output shows an answer.
        if (!instructor)
        {
            plan = CoursePlan.ForLearners(plan, ArtifactsFolder.Resolve(repository, null, Path.Combine("staging", output.Name)));
        }

        foreach (var malformed in plan.Where(l => l.FormatError is not null))
        {
            console.MarkupLineInterpolated($"[red]Malformed notebook, not run:[/] {malformed.FormatError}");
        }

        // The site shows what a fresh learner sees: the kernels (which inherit this process's environment)
        // keep exercise progress in memory instead of reading and writing the builder's progress file, so
        // hint counts and "already solved" notes never depend on who builds, on earlier builds or on which
        // notebooks run at the same time. A value the builder set on purpose is kept.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(NeuroBalance.Exercises.ProgressStore.FileVariable)))
        {
            Environment.SetEnvironmentVariable(NeuroBalance.Exercises.ProgressStore.FileVariable, "off");
        }

        var runner = new NotebookRunner(repository, new NotebookRunnerOptions { CellTimeout = TimeSpan.FromSeconds(cellTimeoutSeconds), Jobs = jobs });
        console.MarkupLineInterpolated($"Building the {(instructor ? "INSTRUCTOR's version (solutions shown)" : "learner's version (solutions hidden)")} of {plan.Count} lesson(s) in the real kernel (dotnet-interactive {Course.Kernel.KernelTool.PinnedVersion}), {jobs} at once, into {output.FullName}.");
        var lessons = await RunLessonsAsync(runner, plan, jobs, cancellationToken).ConfigureAwait(false);

        var glossary = GlossarySources.FromContentLibrary(typeof(PlotlyScript).Assembly, out var glossaryProblem);
        if (glossaryProblem is not null)
        {
            console.MarkupLineInterpolated($"[yellow]Glossary: {glossaryProblem}. The glossary page lists the lessons' terms only.[/]");
        }

        var options = new SiteOptions(map.Title, map.Description, PlotlyScript.MinifiedSource, PlotlyScript.InlineScriptSource, GlossarySources.Merge(glossary, GlossarySources.FromLessons(lessons)), instructor ? SiteEdition.Instructor : SiteEdition.Learner);
        IReadOnlyDictionary<string, string>? images = null;
        if (Course.Rendering.HeadlessChromium.Find() is { } browser)
        {
            var charts = lessons.SelectMany(l => l.Cells()).Where(c => c.Result is not null)
                .SelectMany(c => Course.Running.OutputGroup.Of(c.Result!.Outputs)).Select(g => g.Html)
                .OfType<string>().Where(Course.Export.IpynbWriter.IsChart).ToArray();
            var imageClock = Stopwatch.StartNew();
            images = await Course.Rendering.ChartImages.RenderAsync(browser, charts, PlotlyScript.MinifiedSource, TimeSpan.FromMinutes(3), cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"Chart images for the .ipynb files: {images.Count} of {charts.Distinct().Count()} rendered in headless Chromium in {imageClock.Elapsed.TotalSeconds:0.0} s.");
        }
        else
        {
            console.MarkupLine("[yellow]No Chromium found: the .ipynb files carry no chart images (set NEUROBALANCE_CHROMIUM).[/]");
        }

        CourseOutput.Write(repository, lessons, output, options, clock.Elapsed, images);
        var total = clock.Elapsed;
        Report(lessons, output, total);
        if (measureFloor)
        {
            await MeasureFloorAsync(repository, runner, lessons, total, jobs, cancellationToken).ConfigureAwait(false);
        }

        return lessons.All(l => l.Succeeded) ? 0 : 1;
    }

    private void Report(IReadOnlyList<LessonBuild> lessons, DirectoryInfo output, TimeSpan total)
    {
        var table = new Table().AddColumns("Notebook", "Result", "Code cells", "Time (s)", "Slowest cell (s)");
        foreach (var row in BuildReports.Rows(lessons))
        {
            table.AddRow(
                Markup.Escape(row.Notebook),
                row.Result == LessonOutcome.Passed ? $"[green]{OutcomeText.Of(row.Result)}[/]" : $"[red]{OutcomeText.Of(row.Result)}[/]",
                row.CodeCells.ToString(CultureInfo.InvariantCulture),
                row.Seconds.ToString("0.0", CultureInfo.InvariantCulture),
                Markup.Escape(row.Slowest));
        }

        console.Write(table);
        foreach (var lesson in lessons.Where(l => !l.Succeeded))
        {
            console.WriteLine(lesson.FormatError ?? lesson.Result?.DescribeFailures() ?? string.Empty);
        }

        var passed = lessons.Count(l => l.Succeeded);
        console.MarkupLineInterpolated($"{passed} of {lessons.Count} lesson(s) built without errors in {total.TotalSeconds:0.0} s.");
        var index = Path.Combine(output.FullName, "index.html");
        console.MarkupLineInterpolated($"Open the course: [bold]{index}[/] (works offline; report: {Path.Combine(output.FullName, "report", "cells.junit.xml")}).");
    }

    /// <summary>Runs the lessons that could be read, <paramref name="jobs"/> at once, kernels started ahead, with the progress display.</summary>
    private async Task<IReadOnlyList<LessonBuild>> RunLessonsAsync(NotebookRunner runner, IReadOnlyList<LessonBuild> plan, int jobs, CancellationToken cancellationToken)
    {
        var batch = runner.StartBatch(plan.Where(l => l.Dib is not null).Select(l => (l.RunFrom ?? l.File).FullName));
        await using (batch.ConfigureAwait(false))
        {
            return await CliSupport.WithProgressAsync(
                console,
                plan.Select(l => (l.Name, (Func<IProgress<NotebookProgress>, Task<LessonBuild>>)(p =>
                    CoursePlan.RunAsync(l, (file, progress, token) => batch.RunAsync(file.FullName, progress, token), p, cancellationToken)))).ToArray(),
                l => l.Succeeded,
                jobs,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The kernel floor: for each lesson, a notebook with the same number of code cells, each just
    /// <c>1</c>, run through the same runner with the same number of jobs. build time / floor time says what the
    /// course's own work costs.
    /// </summary>
    private async Task MeasureFloorAsync(CourseRepository repository, NotebookRunner runner, IReadOnlyList<LessonBuild> lessons, TimeSpan build, int jobs, CancellationToken cancellationToken)
    {
        var folder = ArtifactsFolder.Resolve(repository, null, "floor");
        folder.Create();
        var files = new List<string>();
        var cells = 0;
        foreach (var lesson in lessons.Where(l => l.Dib is not null))
        {
            var count = lesson.Dib!.CodeCellCount;
            cells += count;
            var file = Path.Combine(folder.FullName, lesson.Slug + ".dib");
            await File.WriteAllTextAsync(file, "#!meta\n\n" + lesson.Dib.MetaJson + "\n\n" + string.Concat(Enumerable.Repeat("#!csharp\n\n1\n\n", count)), cancellationToken).ConfigureAwait(false);
            files.Add(file);
        }

        var clock = Stopwatch.StartNew();
        var batch = runner.StartBatch(files);
        await using (batch.ConfigureAwait(false))
        {
            var results = await OrderedJobs.RunAsync([.. files.Select(f => (Func<Task<NotebookResult>>)(() => batch.RunAsync(f, null, cancellationToken)))], jobs, cancellationToken).ConfigureAwait(false);
            foreach (var result in results)
            {
                console.MarkupLineInterpolated($"floor {result.Notebook}: {result.Cells.Count} trivial cell(s) in {result.Duration.TotalSeconds:0.0} s");
            }
        }

        var floor = clock.Elapsed;
        console.MarkupLineInterpolated($"Kernel floor: {cells} trivial cell(s) in {floor.TotalSeconds:0.0} s ({jobs} at once); build {build.TotalSeconds:0.0} s; ratio {build.TotalSeconds / floor.TotalSeconds:0.00}.");
    }
}

using System.CommandLine;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Export;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance student</c> and <c>neurobalance instructor</c>: write the student version (solution
/// regions replaced by placeholders, hints kept) or the instructor version (everything) of the
/// notebooks into <c>artifacts/student/notebooks</c> or <c>artifacts/instructor/notebooks</c>, each as
/// <c>.dib</c> and as <c>.ipynb</c> (for Jupyter), both runnable in that folder.
/// </summary>
public sealed class VersionCommand : Command
{
    /// <summary>The notebooks; every <c>notebooks/**/*.dib</c> when none is given.</summary>
    public readonly Argument<FileInfo[]> NotebooksArgument = new("notebooks")
    {
        Description = "Notebooks (.dib). Default: every notebook under notebooks/.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The output folder, inside artifacts/.</summary>
    public readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "Output folder; must be inside artifacts/.",
    };

    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;
    private readonly CourseVersion version;

    /// <summary>Creates the command for one version.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository.</param>
    /// <param name="version">Student or instructor.</param>
    public VersionCommand(IAnsiConsole console, Func<CourseRepository> locate, CourseVersion version)
        : base(
            version == CourseVersion.Student ? "student" : "instructor",
            version == CourseVersion.Student
                ? "Write student versions of the notebooks (solution regions replaced by placeholders, hints kept) to artifacts/student/notebooks, as .dib and .ipynb."
                : "Write instructor versions of the notebooks (solutions kept) to artifacts/instructor/notebooks, as .dib and .ipynb.")
    {
        this.console = console;
        this.locate = locate;
        this.version = version;
        Arguments.Add(NotebooksArgument);
        Options.Add(OutputOption);
        SetAction(parseResult => Run(parseResult.GetValue(NotebooksArgument) ?? [], parseResult.GetValue(OutputOption)));
    }

    private int Run(FileInfo[] requested, string? outputPath)
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null || !CliSupport.CheckNotebooks(console, requested, ".dib"))
        {
            return 2;
        }

        var output = CliSupport.Output(console, repository, outputPath, Path.Combine(Name, "notebooks"));
        if (output is null)
        {
            return 2;
        }

        var notebooks = requested.Length > 0 ? requested : repository.FindNotebooks();
        var results = CourseVersions.Write(repository, notebooks, output, version);
        foreach (var result in results)
        {
            if (result.Written is not null)
            {
                console.MarkupLineInterpolated($"[green]wrote[/] {repository.RelativePath(result.Written)}");
                if (result.Ipynb is not null)
                {
                    console.MarkupLineInterpolated($"[green]wrote[/] {repository.RelativePath(result.Ipynb)}");
                }
            }

            foreach (var error in result.Errors)
            {
                SafeConsole.WriteRawLine(console, error);
            }
        }

        var failed = results.Count(r => r.Written is null);
        console.MarkupLineInterpolated($"{results.Count - failed} of {results.Count} {Name} notebook(s) written to {output.FullName}.");
        if (failed == 0 && results.Count > 0)
        {
            console.MarkupLineInterpolated($"Check they run: [bold]dotnet run --project src/NeuroBalance.Cli -- run {repository.RelativePath(output)}/*.dib[/]");
            console.MarkupLineInterpolated($"Open them in Jupyter (kernel .NET (C#), see the README's Jupyter section): [bold]jupyter notebook {repository.RelativePath(output)}[/]");
        }

        return failed == 0 ? 0 : 1;
    }
}

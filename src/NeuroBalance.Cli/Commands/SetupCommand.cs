using System.CommandLine;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Restore;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance setup</c>: the learner's set-up. <c>dotnet run</c> has already restored and built the
/// library the notebooks load; this restores the rest (the kernel tool and every project, so that the course then
/// works offline) and says in a few lines what could not be fetched and what to do when that fails
/// (<see cref="RestoreReport"/>), then writes the learner's own copies of the lessons to <c>learn/</c>
/// (solutions hidden, see <see cref="LearnerCopies"/>). An existing copy that differs (the learner's
/// work) is kept; <c>--fresh</c> moves it to <c>learn/backup/</c> first and writes a new one.
/// </summary>
public sealed class SetupCommand : Command
{
    /// <summary>Lessons to (re)write; every notebook when none is given.</summary>
    public readonly Argument<FileInfo[]> NotebooksArgument = new("notebooks")
    {
        Description = "Instructor notebooks (notebooks/*.dib) to copy. Default: every lesson.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Replace copies that differ, after backing them up.</summary>
    public readonly Option<bool> FreshOption = new("--fresh")
    {
        Description = "Replace copies you have changed with fresh ones; your old copy is moved to learn/backup/ first, never deleted.",
    };

    /// <summary>Skip the package restores.</summary>
    public readonly Option<bool> NoRestoreOption = new("--no-restore")
    {
        Description = "Do not restore the kernel tool and the NuGet packages first (they are already on this computer).",
    };

    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository.</param>
    public SetupCommand(IAnsiConsole console, Func<CourseRepository> locate)
        : base("setup", "Set up the course for a learner: build the library and write your own copies of the lessons (no solutions shown) to learn/.")
    {
        this.console = console;
        this.locate = locate;
        Arguments.Add(NotebooksArgument);
        Options.Add(FreshOption);
        Options.Add(NoRestoreOption);
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(NotebooksArgument) ?? [], parseResult.GetValue(FreshOption), parseResult.GetValue(NoRestoreOption), cancellationToken));
    }

    private async Task<int> RunAsync(FileInfo[] requested, bool fresh, bool noRestore, CancellationToken cancellationToken)
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null || !CliSupport.CheckNotebooks(console, requested, ".dib"))
        {
            return 2;
        }

        if (!noRestore && !await RestoreAsync(repository, cancellationToken).ConfigureAwait(false))
        {
            return 1;
        }

        var notebooks = requested.Length > 0 ? requested : repository.FindNotebooks();
        var results = LearnerCopies.Write(repository, notebooks, fresh, DateTimeOffset.Now);
        foreach (var result in results)
        {
            var copy = repository.RelativePath(result.Copy);
            switch (result.Status)
            {
                case LearnerCopyStatus.Created:
                    console.MarkupLineInterpolated($"[green]wrote[/]     {copy}");
                    break;
                case LearnerCopyStatus.UpToDate:
                    console.MarkupLineInterpolated($"[grey]unchanged[/] {copy}");
                    break;
                case LearnerCopyStatus.KeptEdited:
                    console.MarkupLineInterpolated($"[yellow]kept[/]      {copy}: it differs from the current lesson (your work, or an older version of the course), so it was not overwritten. For a fresh copy: setup --fresh {repository.RelativePath(result.Source)} (your copy is moved to {LearnerCopies.FolderName}/backup/ first).");
                    break;
                case LearnerCopyStatus.Replaced:
                    console.MarkupLineInterpolated($"[green]replaced[/]  {copy}; your previous copy is in {repository.RelativePath(result.Backup!)}");
                    break;
                default:
                    foreach (var error in result.Errors)
                    {
                        SafeConsole.WriteRawLine(console, error);
                    }

                    break;
            }
        }

        var failed = results.Count(r => r.Status == LearnerCopyStatus.Failed);
        var start = Path.Combine(LearnerCopies.FolderName, "00-start-here.dib");
        console.MarkupLineInterpolated($"Your lessons are in {LearnerCopies.Folder(repository).FullName} (solutions hidden; ask for one with .Solution() after the hints). Open {start} in VS Code and choose Run All.");
        console.MarkupLineInterpolated($"notebooks/ holds the instructor's versions, with the solutions: do not work there.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Restores the kernel tool, then the solution's packages; on a failure prints its explanation.</summary>
    private async Task<bool> RestoreAsync(CourseRepository repository, CancellationToken cancellationToken)
    {
        console.MarkupLine("Restoring the kernel tool and the NuGet packages (offline from ~/.nuget/packages when they are there)...");
        var tools = await PackageRestore.RestoreToolsAsync(repository.Root, cancellationToken: cancellationToken).ConfigureAwait(false);
        var packages = tools.Succeeded
            ? await PackageRestore.RestoreAsync(repository.Root, repository.Solution.Name, cancellationToken: cancellationToken).ConfigureAwait(false)
            : tools;
        foreach (var line in packages.Explain())
        {
            SafeConsole.WriteRawLine(console, line);
        }

        return packages.Succeeded;
    }
}

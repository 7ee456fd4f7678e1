using System.CommandLine;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance setup</c>: the learner's set-up. <c>dotnet run</c> has already restored and built the
/// library the notebooks load; this writes the learner's own copies of the lessons to <c>learn/</c>
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
        SetAction(parseResult => Run(parseResult.GetValue(NotebooksArgument) ?? [], parseResult.GetValue(FreshOption)));
    }

    private int Run(FileInfo[] requested, bool fresh)
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null || !CliSupport.CheckNotebooks(console, requested, ".dib"))
        {
            return 2;
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
                        console.Profile.Out.Writer.WriteLine(error);
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
}

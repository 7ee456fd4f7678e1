using System.CommandLine;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance course-table</c>: rewrites the course tables of README.md and 00-start-here from
/// <c>notebooks/course.json</c> and the notebooks' titles (after reordering lessons or changing a part).
/// </summary>
public sealed class CourseTableCommand : Command
{
    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository.</param>
    public CourseTableCommand(IAnsiConsole console, Func<CourseRepository> locate)
        : base("course-table", "Rewrite the course tables of README.md and notebooks/00-start-here.dib from notebooks/course.json and the notebooks' titles.")
    {
        this.console = console;
        this.locate = locate;
        SetAction(_ => Run());
    }

    private int Run()
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null)
        {
            return 2;
        }

        try
        {
            var changed = CourseTables.Update(repository);
            var message = changed.Count == 0
                ? $"The course tables already match notebooks/{CourseMap.FileName}."
                : $"Updated the course table in {string.Join(" and ", changed.Select(repository.RelativePath))}.";
            console.MarkupLineInterpolated($"{message}");
            return 0;
        }
        catch (InvalidDataException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }
    }
}

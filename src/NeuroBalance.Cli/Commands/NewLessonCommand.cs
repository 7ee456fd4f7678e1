using System.CommandLine;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance new-lesson &lt;name&gt;</c>: creates <c>notebooks/&lt;name&gt;.dib</c> from a template that
/// passes lint and registers it in <c>notebooks/course.json</c>.
/// </summary>
public sealed class NewLessonCommand : Command
{
    /// <summary>The lesson's file name without extension.</summary>
    public readonly Argument<string> NameArgument = new("name")
    {
        Description = "File name without .dib: lower-case letters, digits and '-', e.g. 01-serotonin-synthesis.",
    };

    /// <summary>The lesson title.</summary>
    public readonly Option<string?> TitleOption = new("--title")
    {
        Description = "The lesson title (default: from the name).",
    };

    /// <summary>The course part.</summary>
    public readonly Option<string> PartOption = new("--part")
    {
        Description = "The part of the course map it belongs to, e.g. Origin, Mechanism, Homeostasis, Hormones.",
        DefaultValueFactory = _ => "Lessons",
    };

    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository.</param>
    public NewLessonCommand(IAnsiConsole console, Func<CourseRepository> locate)
        : base("new-lesson", "Create a lesson unit: notebooks/<name>.dib (every part of the lesson checklist, one exercise of each kind) and notebooks/<name>/ (exercises.yaml, the lesson's code), and register it in notebooks/course.json.")
    {
        this.console = console;
        this.locate = locate;
        Arguments.Add(NameArgument);
        Options.Add(TitleOption);
        Options.Add(PartOption);
        SetAction(parseResult => Run(parseResult.GetValue(NameArgument)!, parseResult.GetValue(TitleOption), parseResult.GetValue(PartOption)!));
    }

    private int Run(string name, string? title, string part)
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null)
        {
            return 2;
        }

        try
        {
            var file = LessonScaffold.Create(repository, name, title, part);
            var unit = Path.ChangeExtension(repository.RelativePath(file), null);
            console.MarkupLineInterpolated($"Created [bold]{repository.RelativePath(file)}[/] and its unit [bold]{unit}/[/] (exercises.yaml, {LessonScaffold.CodeClassName(name)}.cs), registered it in notebooks/{CourseMap.FileName} (part '{part}') and updated the course tables.");
            console.MarkupLineInterpolated($"Next: run [bold]dotnet build[/], then [bold]dotnet run --project src/NeuroBalance.Cli -- run {repository.RelativePath(file)}[/]; edit the lesson in its two places (docs/instructors.md) and check it with [bold]-- lint {repository.RelativePath(file)}[/].");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException)
        {
            console.MarkupLineInterpolated($"[red]{CliSupport.ForLearner(e)}[/]");
            return 2;
        }
    }
}

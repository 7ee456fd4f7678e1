using System.CommandLine;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Linting;
using Spectre.Console;

namespace NeuroBalance.Cli.Commands;

/// <summary>
/// <c>neurobalance lint [notebooks...]</c>: checks notebooks against the lint contract and prints
/// <c>file:line: message</c> per finding; exit code 1 when there is an error.
/// </summary>
public sealed class LintCommand : Command
{
    /// <summary>The notebooks to check; every <c>notebooks/**/*.dib</c> when none is given.</summary>
    public readonly Argument<FileInfo[]> NotebooksArgument = new("notebooks")
    {
        Description = "Notebooks to check (.dib). Default: every notebook under notebooks/.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Prints the table of rules (generated from their descriptors) instead of checking.</summary>
    public readonly Option<bool> RulesOption = new("--rules")
    {
        Description = "Print the lint rules (id, severity, title, what each checks) as the Markdown table of docs/tooling.md, and exit.",
    };

    private readonly IAnsiConsole console;
    private readonly Func<CourseRepository> locate;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where the command writes.</param>
    /// <param name="locate">Finds the repository.</param>
    public LintCommand(IAnsiConsole console, Func<CourseRepository> locate)
        : base("lint", "Check notebooks: title, objectives, references, kernel metadata, pinned packages, no absolute paths, links, unique exercise ids, charts through Figure.")
    {
        this.console = console;
        this.locate = locate;
        Arguments.Add(NotebooksArgument);
        Options.Add(RulesOption);
        SetAction(parseResult => parseResult.GetValue(RulesOption) ? PrintRules() : Run(parseResult.GetValue(NotebooksArgument) ?? []));
    }

    private int PrintRules()
    {
        console.Profile.Out.Writer.Write(LintRuleTable.Render());
        return 0;
    }

    private int Run(FileInfo[] requested)
    {
        var repository = CliSupport.Repository(console, locate);
        if (repository is null || !CliSupport.CheckNotebooks(console, requested, ".dib"))
        {
            return 2;
        }

        var notebooks = requested.Length > 0 ? requested : repository.FindNotebooks();
        var findings = new NotebookLinter(repository).Lint(notebooks, checkCourseMap: requested.Length == 0);
        foreach (var finding in findings)
        {
            // One finding per line, never wrapped, so editors and CI can jump to file:line.
            SafeConsole.WriteRawLine(console, finding.ToString());
        }

        if (requested.Length == 0)
        {
            // The course tables of README.md and 00-start-here are generated from course.json: one list, not three.
            findings = [.. findings, .. CourseTables.Stale(repository).Select(f => new LintFinding(repository.RelativePath(f), 1, LintRules.CourseMap, LintSeverity.Error,
                $"the course table is out of date with notebooks/{CourseMap.FileName}; run `dotnet run --project src/NeuroBalance.Cli -- course-table` to rewrite it."))];
        }

        var errors = findings.Count(f => f.Severity == LintSeverity.Error);
        console.MarkupLineInterpolated($"{notebooks.Count} notebook(s) checked: {errors} error(s), {findings.Count - errors} warning(s).");
        return errors == 0 ? 0 : 1;
    }
}

using System.CommandLine;
using NeuroBalance.Cli.Commands;
using NeuroBalance.Course;
using Spectre.Console;

namespace NeuroBalance.Cli;

/// <summary>The <c>neurobalance</c> command line.</summary>
public static class NeuroBalanceCli
{
    /// <summary>Builds the root command.</summary>
    /// <param name="console">Where commands write; a test console in tests.</param>
    /// <param name="locate">Finds the course repository; from the current directory when null (tests pass a temporary one).</param>
    /// <returns>The root command with every subcommand.</returns>
    public static RootCommand Build(IAnsiConsole console, Func<CourseRepository>? locate = null)
    {
        var find = locate ?? (() => CourseRepository.Locate());
        return new("NeuroBalance course tooling: run, build, lint and scaffold the notebooks.")
        {
            new SetupCommand(console, find),
            new RunCommand(console, find),
            new LintCommand(console, find),
            new BuildCommand(console, find),
            new NewLessonCommand(console, find),
            new CourseTableCommand(console, find),
            new VersionCommand(console, find, Course.Export.CourseVersion.Student),
            new VersionCommand(console, find, Course.Export.CourseVersion.Instructor),
        };
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where commands write.</param>
    /// <param name="locate">Finds the course repository; from the current directory when null.</param>
    /// <returns>The exit code: 0 on success.</returns>
    public static Task<int> InvokeAsync(string[] args, IAnsiConsole console, Func<CourseRepository>? locate = null) =>
        Build(console, locate).Parse(args).InvokeAsync();
}

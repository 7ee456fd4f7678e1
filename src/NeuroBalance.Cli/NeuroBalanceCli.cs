using System.CommandLine;
using System.Globalization;
using NeuroBalance.Cli.Commands;
using NeuroBalance.Course;
using Spectre.Console;

namespace NeuroBalance.Cli;

/// <summary>The <c>neurobalance</c> command line.</summary>
/// <remarks>
/// One error boundary (<see cref="InvokeAsync"/>): a mistake in the command line or in an input file is one line and
/// exit code 2; anything unexpected is one line that says where the details were written, and exit code 1.
/// Everything written goes through <see cref="SafeConsole"/>, which removes control characters from the text.
/// </remarks>
public static class NeuroBalanceCli
{
    /// <summary>The exit code for a user mistake: an unknown command or option, a bad value, a malformed input file.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code for a failure (a notebook or lint error) and for an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>Builds the root command.</summary>
    /// <param name="console">Where commands write; a test console in tests.</param>
    /// <param name="locate">Finds the course repository; from the current directory when null (tests pass a temporary one).</param>
    /// <returns>The root command with every subcommand.</returns>
    public static RootCommand Build(IAnsiConsole console, Func<CourseRepository>? locate = null)
    {
        var safe = SafeConsole.Wrap(console);
        var find = locate ?? (() => CourseRepository.Locate());
        return new("NeuroBalance course tooling: run, build, lint and scaffold the notebooks.")
        {
            new SetupCommand(safe, find),
            new RunCommand(safe, find),
            new LintCommand(safe, find),
            new BuildCommand(safe, find),
            new NewLessonCommand(safe, find),
            new CourseTableCommand(safe, find),
            new VersionCommand(safe, find, Course.Export.CourseVersion.Student),
            new VersionCommand(safe, find, Course.Export.CourseVersion.Instructor),
        };
    }

    /// <summary>Parses and runs a command line inside the error boundary.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where commands write.</param>
    /// <param name="locate">Finds the course repository; from the current directory when null.</param>
    /// <returns>The exit code: 0 on success, 1 on a failure or an unexpected error, 2 on a user mistake.</returns>
    public static async Task<int> InvokeAsync(string[] args, IAnsiConsole console, Func<CourseRepository>? locate = null)
    {
        var safe = SafeConsole.Wrap(console);
        try
        {
            var parse = Build(safe, locate).Parse(args);
            if (parse.Errors.Count > 0)
            {
                // One line: an unknown word explains the rest ("bogus" also makes "Required command was not provided").
                var message = parse.UnmatchedTokens.Count > 0
                    ? $"Unknown command or option: {string.Join(' ', parse.UnmatchedTokens)}."
                    : parse.Errors[0].Message;
                safe.MarkupLineInterpolated($"[red]{message}[/] Run with --help to see the commands and options.");
                return UsageError;
            }

            // Ctrl+C cancels the command's token (System.CommandLine's process-termination handling).
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            // An input file the user can fix (notebooks/course.json, exercises.yaml): its message is "file:line: problem".
            safe.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            safe.MarkupLine("[yellow]Cancelled.[/]");
            return Failure;
        }
        catch (Exception e)
        {
            var details = WriteDetails(e, args);
            safe.MarkupLineInterpolated($"[red]Unexpected error: {e.GetType().Name}: {FirstLine(e.Message)}[/] Details (please attach them to a bug report): {details}");
            return Failure;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>Writes the exception with its stack trace to a file in the temporary folder; returns its path (or why there is none).</summary>
    private static string WriteDetails(Exception e, string[] args)
    {
        try
        {
            var file = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"neurobalance-error-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.txt"));
            File.WriteAllText(file, $"neurobalance {string.Join(' ', args)}\n{DateTime.UtcNow:O}\n\n{e}\n");
            return file;
        }
        catch (Exception writeError) when (writeError is IOException or UnauthorizedAccessException)
        {
            return $"(could not write them: {writeError.Message})";
        }
    }
}

using NeuroBalance.Cli;
using NeuroBalance.Course;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The command line's one error boundary (docs/reliability.md, "Command-line errors"): a user mistake is one line and
/// exit code 2, an unexpected error one line that says where the details are and exit code 1, and no text reaches the
/// terminal with control characters in it. None of these start a kernel.
/// </summary>
public sealed class CliErrorBoundaryTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-cli-errors-");

    public void Dispose() => root.Delete(recursive: true);

    private static string[] Lines(TestConsole console) => console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task UnknownCommand_IsOneLine_AndExitCodeTwo()
    {
        var console = new TestConsole().Width(300);

        var exit = await NeuroBalanceCli.InvokeAsync(["bogus"], console, () => NotebookRuns.Repository);

        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(console));
        Assert.StartsWith("Unknown command or option: bogus.", line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("build")]
    public async Task CellTimeout_NotANumber_IsOneLine_AndExitCodeTwo_NotACrash(string command)
    {
        var console = new TestConsole().Width(300);

        var exit = await NeuroBalanceCli.InvokeAsync([command, "--cell-timeout", "abc"], console, () => NotebookRuns.Repository);

        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(console));
        Assert.Contains("'abc'", line, StringComparison.Ordinal);
        Assert.Contains("--cell-timeout", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CellTimeout_OutOfRange_IsOneLine_AndExitCodeTwo()
    {
        var console = new TestConsole().Width(300);

        var exit = await NeuroBalanceCli.InvokeAsync(["run", "--cell-timeout", "0"], console, () => NotebookRuns.Repository);

        Assert.Equal(2, exit);
        Assert.Contains("between 1 and 3600 seconds, but was 0", Assert.Single(Lines(console)), StringComparison.Ordinal);
    }

    // A syntax error on line 4, and a value of the wrong kind (a lesson given as a bare string).
    [Theory]
    [InlineData("lint", "{\n  \"title\": \"x\",\n  \"lessons\": [\n    { \"file\": \"01-a.dib\" ,, }\n  ]\n}\n", "notebooks/course.json:4: not valid JSON")]
    [InlineData("build", "{\n  \"title\": \"x\",\n  \"lessons\": [\n    { \"file\": \"01-a.dib\" ,, }\n  ]\n}\n", "notebooks/course.json:4: not valid JSON")]
    [InlineData("lint", "{ \"lessons\": [ \"01-a.dib\" ] }", "notebooks/course.json:1: not a course map")]
    [InlineData("build", "{ \"title\": 3 }", "notebooks/course.json:1: not a course map")]
    public async Task MalformedCourseMap_IsReportedAsFileAndLine_WithExitCodeTwo(string command, string courseJson, string expected)
    {
        // Given
        var repository = RepositoryWithCourseMap(courseJson);
        var console = new TestConsole().Width(300);

        // When
        var exit = await NeuroBalanceCli.InvokeAsync([command], console, () => repository);

        // Then
        Assert.Equal(2, exit);
        Assert.StartsWith(expected, Assert.Single(Lines(console), l => l.Contains("course.json", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedException_IsOneLine_WithWhereTheDetailsAre_AndExitCodeOne()
    {
        var console = new TestConsole().Width(400);

        var exit = await NeuroBalanceCli.InvokeAsync(["lint"], console, () => throw new InvalidOperationException("the disk caught fire"));

        Assert.Equal(1, exit);
        var line = Assert.Single(Lines(console));
        Assert.StartsWith("Unexpected error: InvalidOperationException: the disk caught fire", line, StringComparison.Ordinal);
        var details = line[(line.IndexOf("bug report): ", StringComparison.Ordinal) + "bug report): ".Length)..];
        var text = await File.ReadAllTextAsync(details, TestContext.Current.CancellationToken);
        File.Delete(details);
        Assert.Contains("neurobalance lint", text, StringComparison.Ordinal);
        Assert.Contains(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoedText_HasNoControlCharacters()
    {
        // A file name that tries to clear the screen and print a fake success line.
        var console = new TestConsole().Width(400);
        var name = Path.Combine(root.FullName, "\u001b[2J\u001b[Hall notebooks passed\u0007.dib");

        var exit = await NeuroBalanceCli.InvokeAsync(["run", name], console, () => NotebookRuns.Repository);

        Assert.Equal(2, exit);
        Assert.Contains("Notebook not found:", console.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(root.FullName, "all notebooks passed.dib"), console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', console.Output);
        Assert.DoesNotContain('\u0007', console.Output);
    }

    private CourseRepository RepositoryWithCourseMap(string courseJson)
    {
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), string.Empty);
        var notebooks = Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        File.Copy(NotebookRuns.FixturePath("lint-clean.dib"), Path.Combine(notebooks.FullName, "01-a.dib"));
        File.WriteAllText(Path.Combine(notebooks.FullName, "course.json"), courseJson);
        return CourseRepository.Locate(root.FullName);
    }
}

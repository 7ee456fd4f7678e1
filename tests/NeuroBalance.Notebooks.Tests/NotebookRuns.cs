using System.Collections.Concurrent;
using NeuroBalance.Course;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Runs each notebook once per test run in the real kernel and shares the result between the tests
/// that look at it (execution, chart rendering). Course notebooks come from the one parallel
/// <see cref="CourseRun"/>; other notebooks (test fixtures) run on their own the first time they are asked for.
/// </summary>
internal static class NotebookRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> Runs = new(StringComparer.Ordinal);

    internal static CourseRepository Repository { get; } = CourseRepository.Locate(AppContext.BaseDirectory);

    internal static string FixturePath(string name) =>
        Path.Combine(Repository.Root.FullName, "tests", "NeuroBalance.Notebooks.Tests", "Fixtures", name);

    /// <summary>Runs (once) the notebook at a repository-relative path.</summary>
    internal static Task<NotebookResult> RunAsync(string relativePath) =>
        Runs.GetOrAdd(relativePath, path => new Lazy<Task<NotebookResult>>(() => CourseRun.Covers(path) ? FromCourseRunAsync(path) : RunNowAsync(path))).Value;

    /// <summary>Fails with the command to run when the library that the notebooks load is not built.</summary>
    internal static void RequireLibrary()
    {
        var library = Path.Combine(Repository.Root.FullName, "src", "NeuroBalance.Lessons", "bin", "Debug", "net10.0", "NeuroBalance.Lessons.dll");
        Assert.True(
            File.Exists(library),
            $"The notebooks load {library}, which is missing. Build in Debug (plain `dotnet test` or `dotnet build`) before running the notebook tests.");
    }

    private static async Task<NotebookResult> FromCourseRunAsync(string relativePath) =>
        (await CourseRun.GetAsync()).Sources[relativePath];

    private static async Task<NotebookResult> RunNowAsync(string relativePath)
    {
        RequireLibrary();
        var runner = new NotebookRunner(Repository);
        var output = TestContext.Current.TestOutputHelper;
        var progress = new Progress<NotebookProgress>(p => output?.WriteLine($"[{p.CompletedCells}/{p.TotalCells}] {p.Message}"));
        return await runner.RunAsync(Path.Combine(Repository.Root.FullName, relativePath), progress, TestContext.Current.CancellationToken);
    }
}

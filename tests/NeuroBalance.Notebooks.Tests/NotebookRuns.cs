using System.Collections.Concurrent;
using NeuroBalance.Course;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Runs each notebook once per test run in the real kernel and shares the result between the tests
/// that look at it (execution, chart rendering).
/// </summary>
internal static class NotebookRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> Runs = new(StringComparer.Ordinal);

    internal static CourseRepository Repository { get; } = CourseRepository.Locate(AppContext.BaseDirectory);

    internal static string FixturePath(string name) =>
        Path.Combine(Repository.Root.FullName, "tests", "NeuroBalance.Notebooks.Tests", "Fixtures", name);

    /// <summary>Runs (once) the notebook at a repository-relative path.</summary>
    internal static Task<NotebookResult> RunAsync(string relativePath) =>
        Runs.GetOrAdd(relativePath, path => new Lazy<Task<NotebookResult>>(() => RunNowAsync(path))).Value;

    private static async Task<NotebookResult> RunNowAsync(string relativePath)
    {
        var library = Path.Combine(Repository.Root.FullName, "src", "NeuroBalance.Lessons", "bin", "Debug", "net10.0", "NeuroBalance.Lessons.dll");
        Assert.True(
            File.Exists(library),
            $"The notebooks load {library}, which is missing. Build in Debug (plain `dotnet test` or `dotnet build`) before running the notebook tests.");

        var runner = new NotebookRunner(Repository);
        var output = TestContext.Current.TestOutputHelper;
        var progress = new Progress<NotebookProgress>(p => output?.WriteLine($"[{p.CompletedCells}/{p.TotalCells}] {p.Message}"));
        return await runner.RunAsync(Path.Combine(Repository.Root.FullName, relativePath), progress, TestContext.Current.CancellationToken);
    }
}

using System.Diagnostics;
using System.Globalization;
using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

/// <summary>Two kernels saving progress into one file at the same time: no update may be lost.</summary>
public sealed class ProgressConcurrencyTests
{
    private const int Rounds = 12;
    private const int RecordsPerProcess = 30;

    [Fact]
    public async Task TwoProcessesSavingAtOnce_LoseNoRecord_ManyRounds()
    {
        var writer = WriterPath();
        Assert.True(File.Exists(writer), $"The helper {writer} is built with this test project; build tests/NeuroBalance.Tests.");
        var lost = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            using var file = new TempProgressFile();
            var startAt = DateTime.UtcNow.AddSeconds(1.5).Ticks.ToString(CultureInfo.InvariantCulture);
            var results = await Task.WhenAll(
                RunAsync(writer, file.Path, "first", startAt),
                RunAsync(writer, file.Path, "second", startAt));
            Assert.All(results, r => Assert.True(r.ExitCode == 0, $"a writer failed (exit {r.ExitCode}): {r.Errors}"));

            var (saved, warning) = new ProgressStore(file.Path).Load();
            Assert.Null(warning);
            var expected = new[] { "first", "second" }.SelectMany(p => Enumerable.Range(0, RecordsPerProcess).Select(n => $"{p}-{n}"));
            lost.AddRange(expected.Where(id => saved.GetValueOrDefault(id)?.Solved != true).Select(id => $"round {round}: {id}"));
            Assert.Equal(["progress.json", "progress.json.lock"], Directory.GetFiles(Path.GetDirectoryName(file.Path)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Rounds} rounds × 2 processes × {RecordsPerProcess} records: {lost.Count} lost, {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(lost);
    }

    private static async Task<(int ExitCode, string Errors)> RunAsync(string writer, string progressFile, string prefix, string startAt)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { writer, prefix, RecordsPerProcess.ToString(CultureInfo.InvariantCulture), startAt })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[ProgressStore.FileVariable] = progressFile;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await errors);
    }

    /// <summary>tests/NeuroBalance.ProgressWriter/bin/&lt;configuration&gt;/&lt;framework&gt;/NeuroBalance.ProgressWriter.dll, next to this project's output.</summary>
    private static string WriterPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration, tests) = (output.Name, output.Parent!.Name, output.Parent.Parent!.Parent!.Parent!.FullName);
        return Path.Combine(tests, "NeuroBalance.ProgressWriter", "bin", configuration, framework, "NeuroBalance.ProgressWriter.dll");
    }
}

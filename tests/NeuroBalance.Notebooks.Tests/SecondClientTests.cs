using System.Diagnostics;
using System.Xml.Linq;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The notebooks also pass in a second real client, <c>dotnet-repl</c> (same kernel inside), started
/// in the notebook's folder: <c>dotnet-repl --run X.dib --exit-after-run</c>. Every notebook runs once,
/// one process per core at a time (<see cref="ReplRuns"/>); each notebook is still its own test case.
/// </summary>
public sealed class SecondClientTests(SecondClientTests.ReplRuns runs) : IClassFixture<SecondClientTests.ReplRuns>
{
    [Theory]
    [MemberData(nameof(NotebookTests.Notebooks), MemberType = typeof(NotebookTests))]
    public async Task Notebook_PassesInDotnetRepl_StartedInItsFolder(string notebook)
    {
        var run = await runs.GetAsync(notebook);

        Assert.True(run.ExitCode == 0, $"dotnet-repl exited with {run.ExitCode} for {notebook}:\n{run.Output}\n{run.Errors}");
        // The TRX holds the cells' outputs (plotly.js included), which are not always valid XML
        // (dotnet-repl declares utf-16, writes UTF-8 and copies control characters), so read
        // only its <Counters> element.
        Assert.True(run.Counters is not null, $"no <Counters> in the TRX that dotnet-repl wrote for {notebook}");
        var element = XElement.Parse(run.Counters);
        Assert.Equal("0", element.Attribute("failed")!.Value);
        Assert.NotEqual("0", element.Attribute("passed")!.Value);
    }

    /// <summary>One <c>dotnet-repl</c> run of a notebook.</summary>
    /// <param name="ExitCode">The process's exit code (-1 when it was stopped at the time limit).</param>
    /// <param name="Output">Its standard output.</param>
    /// <param name="Errors">Its standard error.</param>
    /// <param name="Counters">The <c>&lt;Counters .../&gt;</c> element of its TRX, or null.</param>
    public sealed record ReplRun(int ExitCode, string Output, string Errors, string? Counters);

    /// <summary>Runs every course notebook in <c>dotnet-repl</c> once, one process per core at a time, on first use.</summary>
    public sealed class ReplRuns
    {
        private readonly Lazy<Task<IReadOnlyDictionary<string, ReplRun>>> all = new(RunAllAsync);

        /// <summary>Gets the run of a notebook (repository-relative path), running them all the first time.</summary>
        internal async Task<ReplRun> GetAsync(string notebook) => (await all.Value)[notebook];

        private static async Task<IReadOnlyDictionary<string, ReplRun>> RunAllAsync()
        {
            await new NeuroBalance.Course.Kernel.KernelTool(NotebookRuns.Repository).EnsureRestoredAsync();
            var notebooks = NotebookRuns.Repository.FindNotebooks().Select(NotebookRuns.Repository.RelativePath).ToArray();
            var runs = await OrderedJobs.RunAsync([.. notebooks.Select(n => (Func<Task<ReplRun>>)(() => RunAsync(n)))], Environment.ProcessorCount);
            return notebooks.Zip(runs).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }

        private static async Task<ReplRun> RunAsync(string notebook)
        {
            var file = new FileInfo(Path.Combine(NotebookRuns.Repository.Root.FullName, notebook));
            var trx = Path.Combine(Path.GetTempPath(), $"neurobalance-repl-{Guid.NewGuid():N}.trx");
            var start = new ProcessStartInfo("dotnet", ["tool", "run", "dotnet-repl", "--", "--run", file.Name, "--exit-after-run", "--output-format", "trx", "--output-path", trx])
            {
                WorkingDirectory = file.DirectoryName!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            try
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
                try
                {
                    await process.WaitForExitAsync(limit.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    return new ReplRun(-1, await output, "stopped after 5 minutes\n" + await errors, null);
                }

                var counters = File.Exists(trx) ? System.Text.RegularExpressions.Regex.Match(await File.ReadAllTextAsync(trx), "<Counters [^>]*/>") : null;
                return new ReplRun(process.ExitCode, await output, await errors, counters is { Success: true } ? counters.Value : null);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                File.Delete(trx);
            }
        }
    }
}

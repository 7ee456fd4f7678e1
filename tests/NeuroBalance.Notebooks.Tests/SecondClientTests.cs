using System.Diagnostics;
using System.Xml.Linq;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The notebooks also pass in a second real client, <c>dotnet-repl</c> (same kernel inside), started
/// in the notebook's folder: <c>dotnet-repl --run X.dib --exit-after-run</c>.
/// </summary>
public sealed class SecondClientTests
{
    [Theory]
    [MemberData(nameof(NotebookTests.Notebooks), MemberType = typeof(NotebookTests))]
    public async Task Notebook_PassesInDotnetRepl_StartedInItsFolder(string notebook)
    {
        await new NeuroBalance.Course.Kernel.KernelTool(NotebookRuns.Repository).EnsureRestoredAsync(TestContext.Current.CancellationToken);
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
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);

            Assert.True(process.ExitCode == 0, $"dotnet-repl exited with {process.ExitCode} for {notebook}:\n{await output}\n{await errors}");
            // The TRX holds the cells' outputs (plotly.js included), which are not always valid XML
            // (dotnet-repl declares utf-16, writes UTF-8 and copies control characters), so read
            // only its <Counters> element.
            var text = await File.ReadAllTextAsync(trx, TestContext.Current.CancellationToken);
            var counters = System.Text.RegularExpressions.Regex.Match(text, "<Counters [^>]*/>");
            Assert.True(counters.Success, $"no <Counters> in the TRX that dotnet-repl wrote for {notebook}");
            var element = XElement.Parse(counters.Value);
            Assert.Equal("0", element.Attribute("failed")!.Value);
            Assert.NotEqual("0", element.Attribute("passed")!.Value);
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

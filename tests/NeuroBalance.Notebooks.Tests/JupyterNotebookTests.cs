using System.Diagnostics;
using System.Text.Json.Nodes;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Linting;
using NeuroBalance.Course.Rendering;
using NeuroBalance.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The Jupyter path: the learner <c>.ipynb</c> versions that <c>student</c> writes run in Jupyter's
/// <c>.net-csharp</c> kernel (executed with nbclient, as Jupyter Notebook's "Run All" does, a fresh kernel
/// per notebook started in the notebook's folder), are nbformat-valid, and their charts draw offline in
/// headless Chromium. An exported notebook that is not where it can run says so in its first code cell.
/// Needs Debian's <c>python3-nbclient</c>, <c>python3-nbformat</c> and <c>jupyter-client</c>, and the kernel
/// registered with <c>dotnet interactive jupyter install</c> (see the README's Jupyter section; <c>.ci/run</c>
/// does it). Without them the tests are skipped locally and fail under <c>CI=true</c>.
/// </summary>
public sealed class JupyterNotebookTests(JupyterNotebookTests.JupyterRun run) : IClassFixture<JupyterNotebookTests.JupyterRun>
{
    /// <summary>Every course notebook, by file name: one test case each.</summary>
    public static TheoryData<string> Notebooks => new(NotebookRuns.Repository.FindNotebooks().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void LearnerIpynb_RunsInJupyter_WithoutAFailedCell_AndIsNbformatValid(string notebook)
    {
        var entry = run.Entry(JupyterRun.Learner(notebook));

        Assert.True(entry["crash"] is null, $"{notebook}: {entry["crash"]}");
        var failed = entry["failed_cells"]!.AsArray();
        Assert.True(failed.Count == 0, $"{notebook} in Jupyter: " + string.Join("; ", failed.Select(f => $"cell {f!["index"]} ({f["first_line"]}): {f["error"]}")));
        Assert.True(entry["valid"]!.GetValue<bool>(), $"{notebook}: not nbformat-valid: {entry["validation_error"]}");
        Assert.Contains("✓ Course library found", JupyterRun.CodeCellText(entry, 0), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task LearnerIpynb_ChartsDrawOffline_InHeadlessChromium(string notebook)
    {
        var entry = run.Entry(JupyterRun.Learner(notebook));
        var browser = Browser.FindOrSkip();
        var outputs = JupyterRun.HtmlOutputs(entry);
        var charts = outputs.Count(o => ChartRenderCheck.IsChart(o.Html));

        var drawings = await new ChartRenderCheck(browser).CheckOutputsAsync(outputs, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.Equal(charts, drawings.Count);
        Assert.All(drawings, d => Assert.True(d.Drew, $"{notebook} in Jupyter, cell {d.CellNumber}: the chart '{d.Title}' did not draw (no svg.main-svg) in headless Chromium with networking off."));
        if (LessonChecklist.AppliesTo(notebook) || notebook.StartsWith("00-", StringComparison.Ordinal))
        {
            Assert.True(charts >= 1, $"{notebook} in Jupyter shows no chart.");
        }
    }

    [Fact]
    public void MovedIpynb_NotInAClone_FirstCodeCellSaysWhatItNeedsAndWhere()
    {
        var entry = run.Entry(run.Outside);

        var first = JupyterRun.CodeCellText(entry, 0);

        Assert.Contains("✗ This notebook is not in a NeuroBalance clone", first, StringComparison.Ordinal);
        Assert.Contains($"artifacts/tests/{JupyterRun.LearnerFolderName}/", first, StringComparison.Ordinal);
        Assert.Contains("src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll", first, StringComparison.Ordinal);
        Assert.Contains("dotnet build src/NeuroBalance.Lessons", first, StringComparison.Ordinal);
        Assert.DoesNotContain("not built yet", first, StringComparison.Ordinal);
    }

    [Fact]
    public void MovedIpynb_InACloneWithoutTheBuild_FirstCodeCellGivesTheBuildCommandForThatClone()
    {
        var entry = run.Entry(run.Unbuilt);

        var first = JupyterRun.CodeCellText(entry, 0);

        Assert.Contains("✗ The course library is not built yet", first, StringComparison.Ordinal);
        Assert.Contains($"cd \"{run.UnbuiltClone.FullName}\"", first, StringComparison.Ordinal);
        Assert.Contains("dotnet build src/NeuroBalance.Lessons", first, StringComparison.Ordinal);
    }

    /// <summary>Writes the learner notebooks and runs them all once in Jupyter's kernel (one nbclient process).</summary>
    public sealed class JupyterRun : IAsyncLifetime
    {
        internal const string LearnerFolderName = "jupyter-student";
        internal const string OutsideFolderName = "outside";
        internal const string MovedNotebook = "00-start-here.ipynb";

        private readonly Dictionary<string, JsonObject> entries = new(StringComparer.Ordinal);
        private readonly DirectoryInfo scratch = Directory.CreateTempSubdirectory("nb-jupyter-");
        private string? unavailable;

        internal DirectoryInfo UnbuiltClone => new(Path.Combine(scratch.FullName, "clone"));

        /// <summary>The copy of <see cref="MovedNotebook"/> outside any clone.</summary>
        internal string Outside => Path.Combine(scratch.FullName, OutsideFolderName, MovedNotebook);

        /// <summary>The copy of <see cref="MovedNotebook"/> in a clone whose library is not built.</summary>
        internal string Unbuilt => Path.Combine(UnbuiltClone.FullName, "artifacts", "tests", LearnerFolderName, MovedNotebook);

        /// <summary>The learner .ipynb of a course notebook (given by its .dib name).</summary>
        internal static string Learner(string notebook) =>
            Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "tests", LearnerFolderName, Path.ChangeExtension(notebook, ".ipynb"));

        public async ValueTask InitializeAsync()
        {
            var repository = NotebookRuns.Repository;
            var python = FindPython();
            if (python is null)
            {
                unavailable = "Jupyter is not set up: no python3 with nbclient, nbformat and jupyter_client and the '.net-csharp' kernel registered. " +
                              "Follow the README's Jupyter section (Debian: `sudo apt-get install -y jupyter-notebook python3-nbclient jupyter-nbconvert jupyter-client`, " +
                              "then `dotnet tool restore && dotnet tool run dotnet-interactive jupyter install`), or set NEUROBALANCE_PYTHON to a python with nbclient.";
                return;
            }

            // The learner versions, written by the same code as `neurobalance student`.
            var learner = new DirectoryInfo(Path.Combine(ArtifactsFolder.Of(repository).FullName, "tests", LearnerFolderName));
            var written = CourseVersions.Write(repository, repository.FindNotebooks(), learner, CourseVersion.Student);
            Assert.All(written, w => Assert.Empty(w.Errors));
            var notebooks = written.Select(w => w.Ipynb!.FullName).ToList();

            // The same notebook moved out of the clone, and into a clone whose library is not built. The kernel
            // command (`dotnet interactive`) needs the tool: a global install, or a tool manifest above the folder.
            var manifest = repository.ToolManifest.FullName;
            var outside = Directory.CreateDirectory(Path.Combine(scratch.FullName, OutsideFolderName));
            var unbuilt = Directory.CreateDirectory(Path.Combine(UnbuiltClone.FullName, "artifacts", "tests", LearnerFolderName));
            foreach (var root in new[] { scratch, UnbuiltClone })
            {
                Directory.CreateDirectory(Path.Combine(root.FullName, ".config"));
                File.Copy(manifest, Path.Combine(root.FullName, ".config", "dotnet-tools.json"), overwrite: true);
            }

            File.WriteAllText(Path.Combine(UnbuiltClone.FullName, "NeuroBalance.sln"), string.Empty);
            foreach (var folder in new[] { outside, unbuilt })
            {
                var copy = Path.Combine(folder.FullName, MovedNotebook);
                File.Copy(Path.Combine(learner.FullName, MovedNotebook), copy);
                notebooks.Add(copy);
            }

            // The executed notebooks and the run's log stay in artifacts/ for inspection (CI keeps them on failure).
            var executed = Path.Combine(ArtifactsFolder.Of(repository).FullName, "tests", "jupyter-executed");
            if (Directory.Exists(executed))
            {
                Directory.Delete(executed, recursive: true);
            }

            var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { Script, "--kernel", ".net-csharp", "--timeout", "180", "--output", executed })
            {
                start.ArgumentList.Add(argument);
            }

            notebooks.ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            var progress = TestContext.Current.TestOutputHelper;
            var stderr = Task.Run(async () =>
            {
                var all = new System.Text.StringBuilder();
                while (await process.StandardError.ReadLineAsync() is { } line)
                {
                    all.AppendLine(line);
                }

                return all.ToString();
            });
            var stdout = await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(25));
            await process.WaitForExitAsync(timeout.Token);
            var errors = await stderr;
            progress?.WriteLine(errors);
            Directory.CreateDirectory(executed);
            File.WriteAllText(Path.Combine(executed, "run.log"), errors + "\n" + stdout);
            const string marker = "NBSUMMARY ";
            var summary = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal))?[marker.Length..];
            Assert.True(process.ExitCode == 0 && summary is not null, $"nbclient exited with {process.ExitCode}: {Tail(errors)}");
            foreach (var entry in JsonNode.Parse(summary)!["notebooks"]!.AsArray().Select(e => e!.AsObject()))
            {
                entries[Path.GetFullPath(entry["path"]!.GetValue<string>())] = entry;
            }
        }

        public ValueTask DisposeAsync()
        {
            scratch.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }

        private static string Script => Path.Combine(NotebookRuns.Repository.Root.FullName, "tests", "NeuroBalance.Notebooks.Tests", "Jupyter", "execute_notebooks.py");

        /// <summary>The run of one notebook; skips (fails under CI=true) when Jupyter is not set up.</summary>
        internal JsonObject Entry(string path)
        {
            if (unavailable is not null)
            {
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail(unavailable + " CI=true, so the Jupyter tests may not be skipped.");
                }

                Assert.Skip(unavailable);
            }

            Assert.True(entries.TryGetValue(Path.GetFullPath(path), out var entry), $"{path} was not executed.");
            return entry!;
        }

        /// <summary>The executed notebook.</summary>
        internal static JsonNode Executed(JsonObject entry) => JsonNode.Parse(File.ReadAllText(entry["executed"]!.GetValue<string>()))!;

        /// <summary>Everything the <paramref name="index"/>-th code cell printed or displayed as text.</summary>
        internal static string CodeCellText(JsonObject entry, int index)
        {
            var cell = Executed(entry)["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ElementAt(index)!;
            return string.Concat(cell["outputs"]!.AsArray().Select(o => o!["text"] is JsonArray text
                ? string.Concat(text.Select(t => t!.GetValue<string>()))
                : o["text"]?.GetValue<string>() ?? o["data"]?["text/plain"]?.ToString() ?? string.Empty));
        }

        /// <summary>The HTML outputs of an executed notebook, in page order, with their code cell's number.</summary>
        internal static IReadOnlyList<(int Cell, string Html)> HtmlOutputs(JsonObject entry)
        {
            var result = new List<(int, string)>();
            var number = 0;
            foreach (var cell in Executed(entry)["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code"))
            {
                number++;
                foreach (var output in cell!["outputs"]!.AsArray())
                {
                    if (output!["data"]?["text/html"] is { } html)
                    {
                        result.Add((number, html is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : html.GetValue<string>()));
                    }
                }
            }

            return result;
        }

        private static string? FindPython()
        {
            var candidates = new[] { Environment.GetEnvironmentVariable("NEUROBALANCE_PYTHON"), "/usr/bin/python3", "python3" }
                .Where(c => !string.IsNullOrEmpty(c)).Distinct();
            foreach (var candidate in candidates)
            {
                try
                {
                    var start = new ProcessStartInfo(candidate!, ["-c", "import nbclient, nbformat; from jupyter_client.kernelspec import KernelSpecManager; KernelSpecManager().get_kernel_spec('.net-csharp')"])
                    {
                        RedirectStandardOutput = true,
                        RedirectStandardError = true,
                        UseShellExecute = false,
                    };
                    using var process = Process.Start(start)!;
                    process.StandardOutput.ReadToEnd();
                    process.StandardError.ReadToEnd();
                    process.WaitForExit(30_000);
                    if (process.HasExited && process.ExitCode == 0)
                    {
                        return candidate;
                    }
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    // Not installed: try the next one.
                }
            }

            return null;
        }

        private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];
    }
}

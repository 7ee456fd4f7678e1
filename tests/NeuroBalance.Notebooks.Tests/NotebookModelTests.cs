using System.Text.Json.Nodes;
using System.Xml.Linq;
using NeuroBalance.Cli;
using NeuroBalance.Course;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Running;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Issue 18 item 1 and issue 16 item 3: the runner and the writers read a notebook through one model,
/// so an empty code cell, a <c>#!sql</c> cell or a trailing empty cell never moves or drops another
/// cell's outputs; and <c>run</c> reads every notebook first, like <c>build</c>.
/// </summary>
public sealed class NotebookModelTests
{
    private const string MixedCells = "mixed-cells.dib";

    [Fact]
    public async Task Run_MixedCells_KeepsEveryCell_AndRunsOnlyTheCodeThatHasContent()
    {
        var result = await NotebookRuns.RunAsync(NotebookRuns.Repository.RelativePath(new FileInfo(NotebookRuns.FixturePath(MixedCells))));

        Assert.True(result.Succeeded, result.DescribeFailures());
        Assert.Equal(
            [CellStatus.Markdown, CellStatus.Passed, CellStatus.Empty, CellStatus.Passed, CellStatus.NotExecuted, CellStatus.Passed, CellStatus.Passed, CellStatus.Empty],
            result.Cells.Select(c => c.Status));
        Assert.Equal(Enumerable.Range(0, 8), result.Cells.Select(c => c.Cell.Index));
        Assert.Contains(result.Cells[3].Outputs, o => o.Value.Contains("output after the empty cell", StringComparison.Ordinal));
        Assert.Contains(result.Cells[6].Outputs, o => o.Value.Contains("output after the sql cell", StringComparison.Ordinal));
        Assert.Equal("not run (empty)", result.Cells[2].StatusText);
    }

    [Fact]
    public async Task Build_MixedCells_PageIpynbAndJUnitKeepEveryOutputUnderItsCell()
    {
        var console = new TestConsole().Width(250);
        var output = Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "tests", "build-mixed-cells");

        var exit = await NeuroBalanceCli.InvokeAsync(["build", NotebookRuns.FixturePath(MixedCells), "--output", output], console);

        Assert.True(exit == 0, console.Output);

        // The .ipynb: every cell is there, in order, and each output sits under the cell that made it.
        var notebook = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "mixed-cells.ipynb"), TestContext.Current.CancellationToken))!;
        var cells = notebook["cells"]!.AsArray().Select(c => (Source: Text(c!["source"]), Outputs: c["outputs"]?.AsArray().ToJsonString() ?? string.Empty)).ToArray();
        (string Source, string Outputs) Cell(string code) => Assert.Single(cells, c => c.Source.Contains(code, StringComparison.Ordinal));
        Assert.Contains("output before the empty cell", Cell("output before the empty cell\");").Outputs, StringComparison.Ordinal);
        Assert.Contains("output after the empty cell", Cell("output after the empty cell\");").Outputs, StringComparison.Ordinal);
        Assert.Contains("output after the sql cell", Cell("output after the sql cell\");").Outputs, StringComparison.Ordinal);
        Assert.Equal("[]", Cell("SELECT 1 AS answer").Outputs);
        var chartData = notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!["data"]).OfType<JsonObject>()
            .Where(d => d["text/html"] is JsonNode h && IpynbWriter.IsChart(Text(h))).ToArray();
        var chart = Assert.Single(chartData);
        var caption = Text(chart["text/plain"]).Replace("Chart: ", string.Empty, StringComparison.Ordinal);

        // The page: the outputs and the chart are shown, the empty and the SQL cell say why they did not run.
        var page = await File.ReadAllTextAsync(Path.Combine(output, "mixed-cells.html"), TestContext.Current.CancellationToken);
        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).Body!.TextContent;
        Assert.Contains("output before the empty cell", text, StringComparison.Ordinal);
        Assert.Contains("output after the empty cell", text, StringComparison.Ordinal);
        Assert.Contains("output after the sql cell", text, StringComparison.Ordinal);
        Assert.Contains(caption.Split('\n')[0].Trim(), text, StringComparison.Ordinal);
        Assert.Contains("not run (empty)", text, StringComparison.Ordinal);
        Assert.Contains("not run (sql cells are not run by the course tooling)", text, StringComparison.Ordinal);

        // The JUnit report names every real cell: no "cell ?", the empty and SQL cells skipped with their reason.
        var report = XDocument.Load(Path.Combine(output, "report", "cells.junit.xml"));
        var cases = report.Descendants("testcase").ToDictionary(c => c.Attribute("name")!.Value, c => c);
        Assert.DoesNotContain(cases.Keys, n => n.Contains("cell ?", StringComparison.Ordinal));
        Assert.Equal(
            ["cell 2 (csharp): #r \"../../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\"", "cell 3 (csharp): (empty cell)", "cell 4 (csharp): Console.WriteLine(\"output after the empty cell\");",
             "cell 5 (sql): SELECT 1 AS answer", "cell 6 (csharp): using NeuroBalance.Charts;", "cell 7 (csharp): Console.WriteLine(\"output after the sql cell\");", "cell 8 (csharp): (empty cell)"],
            cases.Keys);
        Assert.Equal("not run: the cell is empty", cases["cell 8 (csharp): (empty cell)"].Element("skipped")!.Attribute("message")!.Value);
        Assert.StartsWith("not run: a SQL cell needs a database connection", cases["cell 5 (sql): SELECT 1 AS answer"].Element("skipped")!.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Null(cases["cell 4 (csharp): Console.WriteLine(\"output after the empty cell\");"].Element("skipped"));
    }

    [Fact]
    public async Task Run_BadMetaAndUnknownKernel_ReportsEachOnOneLine_RunsTheOthers_AndExitsWithOne()
    {
        var console = new TestConsole().Width(400);

        var exit = await NeuroBalanceCli.InvokeAsync(
            ["run", NotebookRuns.FixturePath("malformed.dib"), NotebookRuns.FixturePath("rust-cell.dib"), NotebookRuns.FixturePath("broken-cell.dib")],
            console);

        Assert.Equal(1, exit);
        Assert.Contains("tests/NeuroBalance.Notebooks.Tests/Fixtures/malformed.dib:3: the '#!meta' block is not valid JSON", console.Output, StringComparison.Ordinal);
        Assert.Contains("tests/NeuroBalance.Notebooks.Tests/Fixtures/rust-cell.dib:13: '#!rust' is neither a kernel nor a magic command", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console.Output, StringComparison.Ordinal);

        // The readable notebook still ran: its failing cell is reported by number.
        Assert.Contains("broken-cell.dib, cell 3 (csharp) `var y = undefinedVariable + x;` failed:", console.Output, StringComparison.Ordinal);
        Assert.Contains("0 of 3 notebook(s) passed", console.Output, StringComparison.Ordinal);
    }

    private static string Text(JsonNode? lines) =>
        lines is JsonArray array ? string.Concat(array.Select(l => l!.GetValue<string>())) : lines?.GetValue<string>() ?? string.Empty;
}

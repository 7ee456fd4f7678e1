using NeuroBalance.Charts;
using NeuroBalance.Course.Rendering;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Proof that the checks can fail: a broken cell is reported by name, a naive Plotly.NET notebook
/// fails in the real kernel, and a chart without plotly.js does not draw.
/// </summary>
public sealed class NegativeControlTests
{
    [Fact]
    public async Task BrokenCell_IsReportedWithNotebookCellNumberFirstLineAndError()
    {
        var result = await NotebookRuns.RunAsync(NotebookRuns.Repository.RelativePath(new FileInfo(NotebookRuns.FixturePath("broken-cell.dib"))));

        Assert.False(result.Succeeded);
        var report = result.DescribeFailures();
        Assert.Contains("broken-cell.dib, cell 3 (csharp) `var y = undefinedVariable + x;` failed:", report, StringComparison.Ordinal);
        Assert.Contains("CS0103", report, StringComparison.Ordinal);
        Assert.Equal([CellStatus.Markdown, CellStatus.Passed, CellStatus.Failed, CellStatus.NotRun], result.Cells.Select(c => c.Status));
    }

    [Fact]
    public async Task NaivePlotly_FailsInTheRealKernel()
    {
        // Plotly.NET loaded without the NeuroBalance library: the FSharp.Core clash breaks the chart.
        var result = await NotebookRuns.RunAsync(NotebookRuns.Repository.RelativePath(new FileInfo(NotebookRuns.FixturePath("naive-plotly.dib"))));

        var failed = Assert.Single(result.FailedCells);
        Assert.Equal(3, failed.Cell.Number);
        Assert.Contains("Plotly", string.Join("\n", failed.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartWithoutPlotlyJs_DoesNotDraw()
    {
        var browser = Browser.FindOrSkip();
        var figure = new Figure("t", "d", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0, 2.0], [1.0, 2.0])]);
        var page = new FileInfo(Path.Combine(Path.GetTempPath(), $"nb-control-{Guid.NewGuid():N}.html"));
        await File.WriteAllTextAsync(page.FullName, ChartRenderCheck.BuildPage([(1, FigureHtml.Render(figure, includePlotlyScript: false)), (2, FigureHtml.Render(figure, includePlotlyScript: true))]), TestContext.Current.CancellationToken);
        try
        {
            var drawings = ChartRenderCheck.ReadDrawings(await browser.DumpDomAsync(page, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));

            Assert.Equal([false, true], drawings.Select(d => d.Drew));
        }
        finally
        {
            page.Delete();
        }
    }
}

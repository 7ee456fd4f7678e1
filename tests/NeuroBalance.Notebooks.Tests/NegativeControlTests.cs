using NeuroBalance.Testing;
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
        var error = string.Join("\n", failed.Errors);
        // Plotly.NET and its dependencies end up bound to different FSharp.Core copies: a method
        // whose signature uses FSharp.Core types is "not found" while Plotly.NET initialises.
        Assert.Contains("MissingMethodException", error, StringComparison.Ordinal);
        Assert.Contains("Microsoft.FSharp.Core.FSharpFunc", error, StringComparison.Ordinal);
        Assert.Contains("Plotly-NET", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartWithoutPlotlyJs_DoesNotDraw()
    {
        var drawings = await RenderAsync([(1, FigureHtml.Render(SmallFigure(), includePlotlyScript: false))]);

        Assert.Equal([false], drawings.Select(d => d.Drew));
    }

    [Fact]
    public async Task LaterChartRenderedBeforeTheFirst_WaitsForPlotlyAndDraws()
    {
        // VS Code may render outputs out of order; the chart without plotly.js comes first here.
        var drawings = await RenderAsync([(5, FigureHtml.Render(SmallFigure(), includePlotlyScript: false)), (2, FigureHtml.Render(SmallFigure(), includePlotlyScript: true))]);

        Assert.Equal([true, true], drawings.Select(d => d.Drew));
    }

    [Fact]
    public async Task ChartWithItsOwnPlotlyJs_DrawsAlone()
    {
        // What every output looks like with PlotlyDelivery.Mode = EveryChart.
        var drawings = await RenderAsync([(1, FigureHtml.Render(SmallFigure(), includePlotlyScript: true))]);

        Assert.Equal([true], drawings.Select(d => d.Drew));
    }

    private static Figure SmallFigure() =>
        new("t", "d", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0, 2.0], [1.0, 2.0])]);

    private static Task<IReadOnlyList<ChartDrawing>> RenderAsync(IEnumerable<(int Cell, string Html)> outputs) =>
        new ChartRenderCheck(Browser.FindOrSkip()).CheckOutputsAsync(outputs, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
}

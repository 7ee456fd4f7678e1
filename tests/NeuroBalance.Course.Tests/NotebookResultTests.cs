using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Tests;

public sealed class NotebookResultTests
{
    [Fact]
    public void DescribeFailures_NamesNotebookCellNumberFirstLineAndError()
    {
        var cells = DibFile.Parse("#!markdown\n\n# T\n\n#!csharp\n\nvar x = 1;\n\n#!csharp\n\n  y + 1\nmore\n\n#!csharp\n\nz\n", "notebooks/x.dib").Cells;
        var ok = new CellResult(cells[1], CellStatus.Passed, [], [], TimeSpan.Zero);
        var bad = new CellResult(cells[2], CellStatus.Failed, [], ["(1,1): error CS0103: The name 'y' does not exist in the current context"], TimeSpan.Zero);
        var result = new NotebookResult("notebooks/x.dib", [CellResult.NotExecuted(cells[0], CellStatus.Markdown), ok, bad, CellResult.NotExecuted(cells[3], CellStatus.NotRun)], TimeSpan.Zero);

        var report = result.DescribeFailures();

        Assert.False(result.Succeeded);
        Assert.Contains("notebooks/x.dib, cell 3 (csharp) `y + 1` failed:", report, StringComparison.Ordinal);
        Assert.Contains("error CS0103", report, StringComparison.Ordinal);
        Assert.DoesNotContain("cell 2", report, StringComparison.Ordinal);
    }

    [Fact]
    public void SetupError_MakesTheNotebookFail()
    {
        var result = new NotebookResult("notebooks/x.dib", [], TimeSpan.Zero, "kernel did not start");
        Assert.False(result.Succeeded);
        Assert.Contains("kernel did not start", result.DescribeFailures(), StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownOnly_Succeeds()
    {
        var result = new NotebookResult("n.dib", [CellResult.NotExecuted(DibFile.Parse("#!markdown\n# t", "n.dib").Cells[0], CellStatus.Markdown)], TimeSpan.Zero);
        Assert.True(result.Succeeded);
        Assert.Empty(result.DescribeFailures());
    }
}

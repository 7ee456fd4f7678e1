using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Tests.Course;

public sealed class NotebookResultTests
{
    [Fact]
    public void DescribeFailures_NamesNotebookCellNumberFirstLineAndError()
    {
        var ok = new CellResult(new NotebookCell(2, "csharp", "var x = 1;"), CellStatus.Passed, [], [], TimeSpan.Zero);
        var bad = new CellResult(new NotebookCell(3, "csharp", "\n  y + 1\nmore"), CellStatus.Failed, [], ["(1,1): error CS0103: The name 'y' does not exist in the current context"], TimeSpan.Zero);
        var result = new NotebookResult("notebooks/x.dib", [ok, bad, CellResult.NotExecuted(new NotebookCell(4, "csharp", "z"), CellStatus.NotRun)], TimeSpan.Zero);

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
        var result = new NotebookResult("n.dib", [CellResult.NotExecuted(new NotebookCell(1, "markdown", "# t"), CellStatus.Markdown)], TimeSpan.Zero);
        Assert.True(result.Succeeded);
        Assert.Empty(result.DescribeFailures());
    }
}

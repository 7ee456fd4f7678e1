using NeuroBalance.Course.Building;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Running;
using NeuroBalance.Course.Tests.Building;

namespace NeuroBalance.Course.Tests.Documents;

/// <summary>The one notebook model: every cell kept with its identity; results matched to cells by that identity, or the lesson fails.</summary>
public sealed class NotebookModelTests
{
    private const string Mixed = "#!markdown\n\n# T\n\n#!csharp\n\n1\n\n#!csharp\n\n#!cs\n\n2\n\n#!sql\n\nSELECT 1\n\n#!http\n\nGET https://example.org\n\n#!value\n\nx\n\n#!csharp\n\n";

    [Fact]
    public void Parse_KeepsEmptyAndNotExecutedCells_WithTheirPositionAndCanonicalKernel()
    {
        var file = DibFile.Parse(Mixed, "notebooks/x.dib");

        Assert.Equal(["markdown", "csharp", "csharp", "csharp", "sql", "http", "value", "csharp"], file.Cells.Select(c => c.KernelName));
        Assert.Equal(Enumerable.Range(0, 8), file.Cells.Select(c => c.Index));
        Assert.Equal([false, false, true, false, false, false, false, true], file.Cells.Select(c => c.IsEmpty));
        Assert.Equal("(empty cell)", file.Cells[7].Caption);
    }

    [Fact]
    public void StatusWithoutKernel_MarkdownEmptyAndNotExecutedKernels_AreNeverSentToTheKernel()
    {
        var file = DibFile.Parse(Mixed, "notebooks/x.dib");

        Assert.Equal(
            [CellStatus.Markdown, null, CellStatus.Empty, null, CellStatus.NotExecuted, CellStatus.NotExecuted, CellStatus.NotExecuted, CellStatus.Empty],
            file.Cells.Select(CellResult.StatusWithoutKernel));
    }

    [Fact]
    public void KernelTable_IsTheOneListOfCellMarkers()
    {
        Assert.All(["csharp", "cs", "c#", "fsharp", "pwsh", "javascript", "html", "mermaid", "markdown", "md", "sql", "kql", "http", "value"], name => Assert.NotNull(CellKernels.Find(name)));
        Assert.Null(CellKernels.Find("rust"));
        Assert.Null(CellKernels.Find("time"));
        var e = Assert.Throws<NotebookFormatException>(() => DibFile.Parse("#!csharp\n\n1\n\n#!rust\n\nfn main() {}\n", "notebooks/x.dib"));
        Assert.Equal("notebooks/x.dib:5: '#!rust' is neither a kernel nor a magic command. Use one of the kernels " + CellKernels.Names + " (is it a typo?).", e.Message);
    }

    [Fact]
    public void Cells_ResultForAnotherCell_ThrowsNamingTheNotebookAndTheCell()
    {
        var lesson = LessonFixtures.PassedThenFailed();
        var results = lesson.Result!.Cells;
        var shifted = lesson with { Result = lesson.Result with { Cells = [results[0], results[1], results[2] with { Cell = results[1].Cell }] } };

        var e = Assert.Throws<CellResultMismatchException>(() => shifted.Cells());

        Assert.Contains("notebooks/99-test.dib", e.Message, StringComparison.Ordinal);
        Assert.Contains("cell 2 (csharp, line 14) `var s = \"<script>alert('code')</script>\";` has two results", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_MissingResult_ThrowsNamingTheCell()
    {
        var lesson = LessonFixtures.PassedThenFailed();
        var fewer = lesson with { Result = lesson.Result! with { Cells = lesson.Result.Cells.Take(2).ToArray() } };

        var e = Assert.Throws<CellResultMismatchException>(() => fewer.Cells());

        Assert.Contains("cell 3 (csharp, line 19) `undefinedName` has no result", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ResultsThatDoNotMatchTheCells_FailTheLessonLoudly()
    {
        var lesson = LessonFixtures.PassedThenFailed();
        var plan = lesson with { Result = null };
        var wrong = lesson.Result! with { Cells = lesson.Result.Cells.Take(2).ToArray() };

        var built = await CoursePlan.RunAsync(plan, (_, _, _) => Task.FromResult(wrong), null, TestContext.Current.CancellationToken);

        Assert.Equal(LessonOutcome.Failed, built.Outcome);
        var failure = built.Result!.DescribeFailures();
        Assert.StartsWith("notebooks/99-test.dib: ", failure, StringComparison.Ordinal);
        Assert.Contains("the run's results do not match the notebook's cells (cell 3 (csharp, line 19) `undefinedName` has no result)", failure, StringComparison.Ordinal);
        Assert.All(built.Cells(), c => Assert.Null(c.Result));
    }

    [Fact]
    public void Ipynb_ReadsBackIntoTheSameModel()
    {
        var dib = DibFile.Parse(Mixed, "notebooks/x.dib");
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.ipynb");
        File.WriteAllText(path, IpynbWriter.ToJson(dib, null));
        try
        {
            var read = DibFile.Load(path, "x.ipynb");

            Assert.Equal(dib.Cells.Select(c => (c.KernelName, c.Text)), read.Cells.Select(c => (c.KernelName, c.Text)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

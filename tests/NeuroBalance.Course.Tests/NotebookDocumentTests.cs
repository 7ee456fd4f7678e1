using NeuroBalance.Course;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Tests;

public sealed class NotebookDocumentTests
{
    [Fact]
    public void Load_Dib_NumbersEveryCellAndKeepsKernelNames()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.dib");
        File.WriteAllText(path, """
            #!meta

            {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

            #!markdown

            # Title

            #!csharp

            // first line
            var x = 1;

            #!csharp

            x + 1
            """);
        try
        {
            // When
            var document = DibFile.Load(path);

            // Then
            Assert.Equal(["markdown", "csharp", "csharp"], document.Cells.Select(c => c.KernelName));
            Assert.Equal([1, 2, 3], document.Cells.Select(c => c.Number));
            Assert.Equal("// first line", document.Cells[1].Caption);
            Assert.Equal(2, document.CodeCellCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingIt()
    {
        var e = Assert.Throws<FileNotFoundException>(() => DibFile.Load("/no/such/notebook.dib"));
        Assert.Contains("/no/such/notebook.dib", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repository_FindsEveryNotebookOfTheCourse()
    {
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);
        var notebooks = repository.FindNotebooks().Select(repository.RelativePath).ToArray();

        Assert.Contains("notebooks/00-start-here.dib", notebooks);
        Assert.All(notebooks, n => Assert.EndsWith(".dib", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Repository_OutsideAClone_ThrowsWithANextStep()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => CourseRepository.Locate(Path.GetTempPath()));
        Assert.Contains("Run this command from inside your clone", e.Message, StringComparison.Ordinal);
    }
}

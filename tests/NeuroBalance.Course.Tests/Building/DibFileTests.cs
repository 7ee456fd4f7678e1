using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Tests.Building;

public sealed class DibFileTests
{
    [Fact]
    public void Parse_KeepsLineNumbersOfCellsAndContent()
    {
        var file = DibFile.Parse("#!meta\n\n{\"kernelInfo\":{}}\n\n#!markdown\n\n# T\n\n#!csharp\n\n1\n2\n", "x.dib");

        Assert.Equal(1, file.MetaLine);
        Assert.Equal([5, 9], file.Cells.Select(c => c.MarkerLine));
        Assert.Equal(7, file.Cells[0].FirstLine);
        Assert.Equal(12, file.Cells[1].FileLine(1));
    }

    [Theory]
    [InlineData("#!meta\n\n{\"kernelInfo\":\n\n#!csharp\n\n1", 3, "not valid JSON")]
    [InlineData("#!markdown\n\n# T\n\n#!markdwon\n\ntext", 5, "'#!markdwon' is neither a kernel nor a magic command")]
    [InlineData("hello\n#!csharp\n1", 1, "text before the first cell marker")]
    [InlineData("#!csharp\n\n1\n\n#!meta\n\n{}", 5, "'#!meta' must come once, before the first cell")]
    public void Parse_Malformed_ThrowsWithFileAndLine(string text, int line, string problem)
    {
        var e = Assert.Throws<NotebookFormatException>(() => DibFile.Parse(text, "notebooks/x.dib"));

        Assert.Equal(line, e.Line);
        Assert.StartsWith($"notebooks/x.dib:{line}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MagicCommandInsideACell_IsPartOfTheCell()
    {
        var file = DibFile.Parse("#!csharp\n\n#!time\n1", "x.dib");

        Assert.Equal(["#!time", "1"], Assert.Single(file.Cells).Lines);
    }
}

using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Tests;

public sealed class StudentVersionDocumentTests
{
    [Fact]
    public void StudentNotebook_ReplacesRegions_AndKeepsTheOriginalFile()
    {
        // Given an instructor notebook with a solution region
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.dib");
        File.WriteAllText(path, "#!markdown\n\n# T\n\n#!csharp\n\n// BEGIN SOLUTION\nvar a = 42;\n// STUDENT PLACEHOLDER\n// int? a = null;\n// END SOLUTION\na\n");
        try
        {
            // When
            var student = SolutionRegions.StudentNotebook(new FileInfo(path));

            // Then the code cell holds the placeholder, and the notebook is still named after the original file
            Assert.Equal("int? a = null;\na", student.Cells[1].Text.ReplaceLineEndings("\n").Trim());
            Assert.Equal(path, student.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void StudentNotebook_MalformedMarkers_ThrowNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.dib");
        File.WriteAllText(path, "#!csharp\n// BEGIN SOLUTION\n");
        try
        {
            var e = Assert.Throws<SolutionRegionException>(() => SolutionRegions.StudentNotebook(new FileInfo(path)));
            Assert.Contains($"{Path.GetFileName(path)}:2: ", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Tests.Course;

public sealed class StudentVersionDocumentTests
{
    [Fact]
    public void LoadStudentVersion_ReplacesRegions_AndKeepsTheOriginalFile()
    {
        // Given an instructor notebook with a solution region
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.dib");
        File.WriteAllText(path, "#!markdown\n\n# T\n\n#!csharp\n\n// BEGIN SOLUTION\nvar a = 42;\n// STUDENT PLACEHOLDER\n// int? a = null;\n// END SOLUTION\na\n");
        try
        {
            // When
            var student = NotebookDocument.LoadStudentVersion(path);

            // Then the code cell holds the placeholder, and the document still lives at the original file (its folder is the kernel's)
            Assert.Equal("int? a = null;\na", student.Cells[1].Code.ReplaceLineEndings("\n").Trim());
            Assert.Equal(path, student.File.FullName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadStudentVersion_MalformedMarkers_ThrowNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.dib");
        File.WriteAllText(path, "#!csharp\n// BEGIN SOLUTION\n");
        try
        {
            var e = Assert.Throws<SolutionRegionException>(() => NotebookDocument.LoadStudentVersion(path));
            Assert.Contains($"{Path.GetFileName(path)}:2: ", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>The new-lesson template runs in the real kernel as it is.</summary>
public sealed class ScaffoldTests
{
    [Fact]
    public async Task Template_RunsInTheRealKernel()
    {
        // Given: the template as new-lesson writes it into notebooks/, moved to artifacts/ with its #r rewritten.
        var repository = NotebookRuns.Repository;
        var folder = Directory.CreateDirectory(Path.Combine(ArtifactsFolder.Of(repository).FullName, "tests", "scaffold"));
        var file = Path.Combine(folder.FullName, "99-scaffold-check.dib");
        await File.WriteAllTextAsync(file, CourseVersions.RelocatePaths(LessonScaffold.Template("Scaffold check"), repository.NotebooksFolder, folder), TestContext.Current.CancellationToken);

        // When
        var result = await new NotebookRunner(repository).RunAsync(file, cancellationToken: TestContext.Current.CancellationToken);

        // Then
        Assert.True(result.Succeeded, result.DescribeFailures());
        Assert.Contains(result.Cells.SelectMany(c => c.Outputs), o => o.Value.Contains("90 nM", StringComparison.Ordinal));
    }
}

using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Tests.Authoring;

/// <summary>The learner's copies in learn/ and the learner's version of a build, in a throw-away repository.</summary>
public sealed class LearnerCopiesTests : IDisposable
{
    private const string Lesson = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

        #!markdown

        # Lesson

        #!csharp

        #r "../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll"

        #!csharp

        // BEGIN SOLUTION
        var answer = 42.125;
        // STUDENT PLACEHOLDER
        // double? answer = null; // ✏️ your answer
        // END SOLUTION
        answer

        """;

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-learner-");
    private readonly CourseRepository repository;
    private readonly FileInfo notebook;

    public LearnerCopiesTests()
    {
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        notebook = new FileInfo(Path.Combine(root.FullName, "notebooks", "01-x.dib"));
        File.WriteAllText(notebook.FullName, Lesson);
        repository = CourseRepository.Locate(root.FullName);
    }

    public void Dispose() => root.Delete(recursive: true);

    private string CopyPath => Path.Combine(root.FullName, "learn", "01-x.dib");

    [Fact]
    public void Write_CreatesTheLearnerVersion_WithoutTheSolution_AndAWorkingLibraryPath()
    {
        var result = Assert.Single(LearnerCopies.Write(repository, [notebook], replaceEdited: false, DateTimeOffset.UnixEpoch));

        Assert.Equal(LearnerCopyStatus.Created, result.Status);
        var text = File.ReadAllText(CopyPath);
        Assert.DoesNotContain("42.125", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN SOLUTION", text, StringComparison.Ordinal);
        Assert.Contains("double? answer = null; // ✏️ your answer", text, StringComparison.Ordinal);
        // learn/ is as deep as notebooks/, so the library path is the same.
        Assert.Contains("#r \"../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\"", text, StringComparison.Ordinal);
        Assert.Equal(LearnerCopyStatus.UpToDate, Assert.Single(LearnerCopies.Write(repository, [notebook], false, DateTimeOffset.UnixEpoch)).Status);
    }

    [Fact]
    public void Write_NeverOverwritesAnEditedCopy_AndFreshBacksItUpFirst()
    {
        LearnerCopies.Write(repository, [notebook], false, DateTimeOffset.UnixEpoch);
        var mine = File.ReadAllText(CopyPath).Replace("double? answer = null;", "double? answer = 41;", StringComparison.Ordinal);
        File.WriteAllText(CopyPath, mine);

        var kept = Assert.Single(LearnerCopies.Write(repository, [notebook], replaceEdited: false, DateTimeOffset.UnixEpoch));

        Assert.Equal(LearnerCopyStatus.KeptEdited, kept.Status);
        Assert.Equal(mine, File.ReadAllText(CopyPath));

        var replaced = Assert.Single(LearnerCopies.Write(repository, [notebook], replaceEdited: true, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)));

        Assert.Equal(LearnerCopyStatus.Replaced, replaced.Status);
        Assert.Equal(Path.Combine(root.FullName, "learn", "backup", "01-x.20261202-100000.dib"), replaced.Backup!.FullName);
        Assert.Equal(mine, File.ReadAllText(replaced.Backup.FullName));
        Assert.Contains("double? answer = null;", File.ReadAllText(CopyPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BrokenMarkers_WritesNothing()
    {
        File.WriteAllText(notebook.FullName, Lesson.Replace("// END SOLUTION\n", string.Empty, StringComparison.Ordinal));

        var result = Assert.Single(LearnerCopies.Write(repository, [notebook], false, DateTimeOffset.UnixEpoch));

        Assert.Equal(LearnerCopyStatus.Failed, result.Status);
        Assert.Contains(result.Errors, e => e.StartsWith("notebooks/01-x.dib:15: ", StringComparison.Ordinal));
        Assert.False(File.Exists(CopyPath));
    }

    [Fact]
    public void ForLearners_ShowsAndRunsTheStudentText_KeepingTheLessonsNameAndLinks()
    {
        var plan = CoursePlan.Create(repository, [notebook]);
        var staging = ArtifactsFolder.Resolve(repository, null, "staging/course");

        var lesson = Assert.Single(CoursePlan.ForLearners(plan, staging));

        Assert.Equal(notebook.FullName, lesson.File.FullName);
        Assert.Equal("notebooks/01-x.dib", lesson.Name);
        var shown = string.Concat(lesson.Cells().Select(c => c.Cell.Text));
        Assert.DoesNotContain("42.125", shown, StringComparison.Ordinal);
        Assert.Contains("double? answer = null;", shown, StringComparison.Ordinal);
        var run = File.ReadAllText(lesson.RunFrom!.FullName);
        Assert.DoesNotContain("42.125", run, StringComparison.Ordinal);
        Assert.Contains("#r \"../../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\"", run, StringComparison.Ordinal);
    }

    [Fact]
    public void ForLearners_BrokenMarkers_AreAFormatError_SoNoSolutionIsPublished()
    {
        File.WriteAllText(notebook.FullName, Lesson.Replace("// END SOLUTION\n", string.Empty, StringComparison.Ordinal));

        var lesson = Assert.Single(CoursePlan.ForLearners(CoursePlan.Create(repository, [notebook]), ArtifactsFolder.Resolve(repository, null, "staging/course")));

        Assert.Null(lesson.Dib);
        Assert.Contains("notebooks/01-x.dib:", lesson.FormatError, StringComparison.Ordinal);
        Assert.Empty(lesson.Cells());
    }
}

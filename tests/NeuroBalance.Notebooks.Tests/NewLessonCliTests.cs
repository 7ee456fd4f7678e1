using NeuroBalance.Cli;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary><c>new-lesson</c> through the CLI, in a throw-away repository: bad names get a clear error and exit code 2, and change nothing.</summary>
public sealed class NewLessonCliTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-new-lesson-cli-");

    public NewLessonCliTests()
    {
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "A3-knowledge-base.dib"), LessonScaffold.Template("KB"));
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "course.json"), """{ "title": "T", "lessons": [ { "file": "A3-knowledge-base.dib", "part": "Appendix" } ] }""");
    }

    public void Dispose() => root.Delete(recursive: true);

    [Theory]
    [InlineData("../x", "lower-case letters, digits and '-'")]
    [InlineData("../../etc/x", "lower-case letters, digits and '-'")]
    [InlineData("", "lower-case letters, digits and '-'")]
    [InlineData("a/b", "lower-case letters, digits and '-'")]
    [InlineData("a3-knowledge-base", "already exists")]
    [InlineData("con", "is a device name on Windows")]
    [InlineData("nul", "is a device name on Windows")]
    [InlineData("aux", "is a device name on Windows")]
    public async Task NewLesson_BadOrExistingName_ExitsWithTwo_SaysWhy_AndChangesNothing(string name, string phrase)
    {
        var console = new TestConsole().Width(250);
        var map = await File.ReadAllTextAsync(Path.Combine(root.FullName, "notebooks", "course.json"), TestContext.Current.CancellationToken);

        var exit = await NeuroBalanceCli.InvokeAsync(["new-lesson", name], console, () => CourseRepository.Locate(root.FullName));

        Assert.Equal(2, exit);
        Assert.Contains(phrase, console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", console.Output, StringComparison.Ordinal);
        Assert.Equal(["A3-knowledge-base.dib", "course.json"], Directory.GetFiles(Path.Combine(root.FullName, "notebooks")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(map, await File.ReadAllTextAsync(Path.Combine(root.FullName, "notebooks", "course.json"), TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFileSystemEntries(root.Parent!.FullName, "x.dib"));
    }

    [Fact]
    public async Task NewLesson_GoodName_ExitsWithZero_AndRegistersTheLesson()
    {
        var console = new TestConsole().Width(250);

        var exit = await NeuroBalanceCli.InvokeAsync(["new-lesson", "01-serotonin-synthesis", "--part", "Mechanism"], console, () => CourseRepository.Locate(root.FullName));

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(root.FullName, "notebooks", "01-serotonin-synthesis.dib")));
        Assert.Contains(CourseMap.Load(CourseRepository.Locate(root.FullName)).Lessons, l => l.File == "01-serotonin-synthesis.dib" && l.Part == "Mechanism");
    }

    [Fact]
    public async Task Student_OutputOutsideArtifacts_IsRefused_WithoutTheCSharpParameterName()
    {
        var console = new TestConsole().Width(250);

        var exit = await NeuroBalanceCli.InvokeAsync(["student", "--output", "../escape"], console, () => CourseRepository.Locate(root.FullName));

        Assert.Equal(2, exit);
        Assert.Contains("must be inside", console.Output, StringComparison.Ordinal);
        Assert.Contains("--output", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", console.Output, StringComparison.Ordinal);
    }
}

using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Linting;

namespace NeuroBalance.Course.Tests.Authoring;

/// <summary>new-lesson, in a throw-away repository (a folder with NeuroBalance.sln and notebooks/).</summary>
public sealed class LessonScaffoldTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-scaffold-");
    private readonly CourseRepository repository;

    public LessonScaffoldTests()
    {
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "00-start-here.dib"), LessonScaffold.Template("Start here"));
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "course.json"), """{ "title": "T", "lessons": [ { "file": "00-start-here.dib", "part": "Start" } ] }""");
        repository = CourseRepository.Locate(root.FullName);
    }

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void Create_WritesALintCleanLesson_AndRegistersItLast()
    {
        // When
        var file = LessonScaffold.Create(repository, "01-serotonin-synthesis", null, "Origin");

        // Then: a whole lesson unit that lints clean: the notebook (one exercise of each kind), its exercise file and its code
        Assert.Empty(new NotebookLinter(repository).Lint([file]));
        var unit = Path.Combine(repository.NotebooksFolder.FullName, "01-serotonin-synthesis");
        Assert.Equal(["Lesson01SerotoninSynthesis.cs", "exercises.yaml"], Directory.GetFiles(unit).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("lesson: 01-serotonin-synthesis", File.ReadAllText(Path.Combine(unit, "exercises.yaml")), StringComparison.Ordinal);
        Assert.Contains("public sealed class Lesson01SerotoninSynthesis : ILessonCode", File.ReadAllText(Path.Combine(unit, "Lesson01SerotoninSynthesis.cs")), StringComparison.Ordinal);
        Assert.Equal([new CourseMapEntry("00-start-here.dib", "Start"), new CourseMapEntry("01-serotonin-synthesis.dib", "Origin")], CourseMap.Load(repository).Lessons);
        Assert.Equal("T", CourseMap.Load(repository).Title);
        Assert.Equal(new LessonOutlineExpectation("01 · Serotonin synthesis", 3), LessonOutlineExpectation.Of(file));
    }

    [Theory]
    [InlineData("Bad Name")]
    [InlineData("../escape")]
    [InlineData("x")]
    [InlineData("")]
    public void Create_InvalidName_IsRejected(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => LessonScaffold.Create(repository, name, null, "Origin"));
        Assert.Contains("lower-case letters, digits and '-'", e.Message, StringComparison.Ordinal);
        Assert.Equal(["00-start-here.dib"], repository.NotebooksFolder.GetFiles("*.dib").Select(f => f.Name));
    }

    [Theory]
    [InlineData("index")]
    [InlineData("glossary")]
    [InlineData("report")]
    [InlineData("doc-content")]
    public void Create_NameOfASitePage_IsRejected(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => LessonScaffold.Create(repository, name, null, "Origin"));
        Assert.Contains("reserved", e.Message, StringComparison.Ordinal);
        Assert.Equal(["00-start-here.dib"], repository.NotebooksFolder.GetFiles("*.dib").Select(f => f.Name));
    }

    // Windows device names: no clone on Windows could check out notebooks/con.dib or the unit folder notebooks/con/.
    // Trailing dots and spaces ("con.", "x ") are already outside the allowed characters.
    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void Create_WindowsDeviceName_IsRejected(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => LessonScaffold.Create(repository, name, null, "Origin"));
        Assert.Contains("is a device name on Windows", e.Message, StringComparison.Ordinal);
        Assert.Equal(["00-start-here.dib"], repository.NotebooksFolder.GetFiles("*.dib").Select(f => f.Name));
        Assert.False(Directory.Exists(Path.Combine(repository.NotebooksFolder.FullName, name)));
    }

    [Theory]
    [InlineData("con.")]
    [InlineData("nul ")]
    public void Create_TrailingDotOrSpace_IsRejected(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => LessonScaffold.Create(repository, name, null, "Origin"));
        Assert.Contains("lower-case letters, digits and '-'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Existing_IsRejected()
    {
        LessonScaffold.Create(repository, "02-x", "X", "Origin");

        var e = Assert.Throws<IOException>(() => LessonScaffold.Create(repository, "02-x", "X", "Origin"));
        Assert.Contains("notebooks/02-x.dib already exists", e.Message, StringComparison.Ordinal);
        Assert.Single(CourseMap.Load(repository).Lessons, l => l.File == "02-x.dib");
    }

    [Fact]
    public void Create_NameDifferingOnlyInCase_IsRejected()
    {
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "A3-knowledge-base.dib"), LessonScaffold.Template("KB"));

        var e = Assert.Throws<IOException>(() => LessonScaffold.Create(repository, "a3-knowledge-base", "X", "Origin"));
        Assert.Contains("A3-knowledge-base.dib", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CourseMap.Load(repository).Lessons, l => l.File == "a3-knowledge-base.dib");
        Assert.Equal(2, repository.NotebooksFolder.GetFiles("*.dib").Length);
    }

    [Fact]
    public void Create_RegisteredButMissingFile_IsRejected()
    {
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "course.json"), """{ "title": "T", "lessons": [ { "file": "00-start-here.dib", "part": "Start" }, { "file": "05-planned.dib", "part": "Later" } ] }""");

        var e = Assert.Throws<IOException>(() => LessonScaffold.Create(repository, "05-planned", "X", "Origin"));
        Assert.Contains("05-planned.dib", e.Message, StringComparison.Ordinal);
        Assert.Single(CourseMap.Load(repository).Lessons, l => l.File == "05-planned.dib");
    }
}

internal sealed record LessonOutlineExpectation(string Title, int Objectives)
{
    internal static LessonOutlineExpectation Of(FileInfo file)
    {
        var outline = LessonOutline.Read(NeuroBalance.Course.Documents.DibFile.Load(file.FullName), "?");
        return new LessonOutlineExpectation(outline.Title, outline.Objectives.Count);
    }
}

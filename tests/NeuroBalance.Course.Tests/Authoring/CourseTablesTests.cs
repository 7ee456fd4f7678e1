using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Course.Tests.Authoring;

/// <summary>The course tables of README.md and 00-start-here come from notebooks/course.json: one list, not three.</summary>
public sealed class CourseTablesTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-tables-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void TheRepositorysTables_MatchCourseJson()
    {
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);

        Assert.Empty(CourseTables.Stale(repository));
        var readme = File.ReadAllText(Path.Combine(repository.Root.FullName, "README.md"));
        foreach (var lesson in CourseMap.Load(repository).Lessons)
        {
            // The README names the learner's copy, never a link into notebooks/ (the instructor's sources).
            Assert.Contains($"`learn/{lesson.File}`", readme, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("](notebooks/", readme[readme.IndexOf(CourseTables.Begin, StringComparison.Ordinal)..readme.IndexOf(CourseTables.End, StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Reordering_MakesTheTablesStale_AndCourseTableRewritesThemInTheNewOrder()
    {
        // Given: a course of two lessons with both tables generated
        var repository = Course(("01-first.dib", "# 01 · First"), ("02-second.dib", "# 02 · Second"));
        Assert.Equal(2, CourseTables.Update(repository).Count);
        Assert.Empty(CourseTables.Stale(repository));

        // When: course.json lists them the other way round
        File.WriteAllText(Path.Combine(root.FullName, "notebooks", "course.json"),
            """{ "title": "T", "lessons": [ { "file": "02-second.dib", "part": "B", "about": "second things" }, { "file": "01-first.dib", "part": "A", "about": "first things" } ] }""");

        // Then: both tables are stale until rewritten, and the rewrite follows the new order with the notebooks' titles
        Assert.Equal(["README.md", "00-start-here.dib"], CourseTables.Stale(repository).Select(f => f.Name));
        CourseTables.Update(repository);
        var readme = File.ReadAllText(Path.Combine(root.FullName, "README.md"));
        Assert.True(readme.IndexOf("02 · Second · `learn/02-second.dib` | B | second things", StringComparison.Ordinal)
                    < readme.IndexOf("01 · First · `learn/01-first.dib` | A | first things", StringComparison.Ordinal), readme);
        Assert.Contains("[02 · Second](02-second.dib)", File.ReadAllText(Path.Combine(root.FullName, "notebooks", "00-start-here.dib")), StringComparison.Ordinal);
        Assert.Empty(CourseTables.Stale(repository));
        Assert.StartsWith("Intro.", readme, StringComparison.Ordinal);
        Assert.EndsWith("Outro.\n", readme, StringComparison.Ordinal);
    }

    private CourseRepository Course(params (string File, string Heading)[] lessons)
    {
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), string.Empty);
        File.WriteAllText(Path.Combine(root.FullName, "README.md"), $"Intro.\n\n{CourseTables.Begin}\n\n{CourseTables.End}\n\nOutro.\n");
        var notebooks = Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        File.WriteAllText(Path.Combine(notebooks.FullName, "00-start-here.dib"), $"#!markdown\n\n# Start\n\n{CourseTables.Begin}\n\n{CourseTables.End}\n");
        foreach (var (file, heading) in lessons)
        {
            File.WriteAllText(Path.Combine(notebooks.FullName, file), $"#!markdown\n\n{heading}\n");
        }

        File.WriteAllText(Path.Combine(notebooks.FullName, "course.json"),
            """{ "title": "T", "lessons": [ { "file": "01-first.dib", "part": "A", "about": "first things" }, { "file": "02-second.dib", "part": "B", "about": "second things" } ] }""");
        return CourseRepository.Locate(root.FullName);
    }
}

using System.Text.RegularExpressions;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The core library (src/NeuroBalance) knows nothing about particular lessons: they live in their units.</summary>
public sealed partial class CoreLibraryTests
{
    [Fact]
    public void NoFileUnderTheCoreLibrary_NamesALessonItsNotebookOrItsExercises()
    {
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);
        var lessons = CourseMap.Load(repository).Lessons.Select(l => Path.GetFileNameWithoutExtension(l.File)).ToArray();
        var ids = CourseLessons.Catalog().All.Select(e => e.Id).ToArray();
        Assert.NotEmpty(lessons);
        Assert.NotEmpty(ids);

        var core = Path.Combine(repository.Root.FullName, "src", "NeuroBalance");
        var findings = new List<string>();
        foreach (var file in Directory.EnumerateFiles(core, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var hits = lessons.Where(l => line.Contains(l, StringComparison.OrdinalIgnoreCase))
                    .Concat(ids.Where(id => Regex.IsMatch(line, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])")))
                    .Concat(LessonTypeName().Matches(line).Select(m => m.Value))
                    .ToArray();
                if (hits.Length > 0)
                {
                    findings.Add($"{Path.GetRelativePath(repository.Root.FullName, file)}:{i + 1}: {string.Join(", ", hits)}");
                }
            }
        }

        Assert.True(findings.Count == 0, "The core library names lessons; move this into the lesson's unit (notebooks/<lesson>/):\n" + string.Join("\n", findings));
    }

    [GeneratedRegex(@"\bLesson\d\w*|\bLesson[A-Z]\d\w*")]
    private static partial Regex LessonTypeName();
}

using System.Text.RegularExpressions;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Building;

/// <summary>
/// The lessons a build covers, in course order, each already read and checked (a malformed file is
/// kept with its error, so the other lessons still build).
/// </summary>
public static partial class CoursePlan
{
    /// <summary>Plans a build.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="only">Build only these notebooks (in this order); the whole course map when empty.</param>
    /// <returns>One lesson per notebook, not yet run.</returns>
    public static IReadOnlyList<LessonBuild> Create(CourseRepository repository, IReadOnlyList<FileInfo>? only = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var files = only is { Count: > 0 }
            ? only.Select(f => (File: f, Part: "Selected")).ToArray()
            : CourseMap.Load(repository).Order(repository).Select(o => (o.File, o.Part)).ToArray();
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "index", "glossary", "report" };
        var lessons = new List<LessonBuild>();
        foreach (var (file, part) in files)
        {
            var name = repository.RelativePath(file);
            var slug = UniqueSlug(Path.GetFileNameWithoutExtension(file.Name), slugs);
            try
            {
                var dib = DibFile.Load(file.FullName, name);
                lessons.Add(new LessonBuild(file, name, slug, part, LessonOutline.Read(dib, slug), dib, null, null));
            }
            catch (NotebookFormatException e)
            {
                lessons.Add(new LessonBuild(file, name, slug, part, new LessonOutline(slug, []), null, e.Message, null));
            }
        }

        return lessons;
    }

    /// <summary>
    /// The learner's version of a plan: every lesson's solution regions are replaced by their
    /// placeholders (<see cref="SolutionRegions.ToStudentVersion(string, string)"/>), the result is
    /// written to <paramref name="staging"/> (with relative paths rewritten so it runs there; see
    /// <see cref="LessonBuild.RunFrom"/>), and the lesson's cells (what the site shows) are the student text with the original paths. A lesson
    /// whose solution markers are broken is kept with the marker errors as its format error, so a
    /// solution can never reach the learner's site through a broken marker.
    /// </summary>
    /// <param name="lessons">The plan (instructor sources).</param>
    /// <param name="staging">A folder inside artifacts/ for the files that are run; emptied first.</param>
    /// <returns>The same lessons, in the same order, now in their student version.</returns>
    public static IReadOnlyList<LessonBuild> ForLearners(IReadOnlyList<LessonBuild> lessons, DirectoryInfo staging)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(staging);
        if (staging.Exists)
        {
            staging.Delete(recursive: true);
        }

        staging.Create();
        var result = new List<LessonBuild>(lessons.Count);
        foreach (var lesson in lessons)
        {
            if (lesson.Dib is null)
            {
                result.Add(lesson);
                continue;
            }

            try
            {
                var student = SolutionRegions.ToStudentVersion(File.ReadAllText(lesson.File.FullName).ReplaceLineEndings("\n"), lesson.Name);
                var dib = DibFile.Parse(student, lesson.Name);
                var target = new FileInfo(Path.Combine(staging.FullName, lesson.Slug + ".dib"));
                File.WriteAllText(target.FullName, NotebookPaths.Relocate(student, lesson.File.Directory!, staging));
                result.Add(lesson with { RunFrom = target, Dib = dib });
            }
            catch (SolutionRegionException e)
            {
                result.Add(lesson with { Dib = null, FormatError = string.Join("\n", e.Errors.Select(err => err.ToString())) });
            }
            catch (NotebookFormatException e)
            {
                result.Add(lesson with { Dib = null, FormatError = e.Message });
            }
        }

        return result;
    }

    /// <summary>Runs the lessons that could be read, one after another; malformed ones are passed through.</summary>
    /// <param name="lesson">The lesson.</param>
    /// <param name="run">Runs one notebook (the real-kernel runner, or cached results in tests).</param>
    /// <param name="progress">Progress of the notebook.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The lesson with its result; a result that cannot be matched to its cells makes the lesson fail (<see cref="CellResultMismatchException"/>).</returns>
    public static async Task<LessonBuild> RunAsync(
        LessonBuild lesson,
        Func<FileInfo, IProgress<NotebookProgress>?, CancellationToken, Task<NotebookResult>> run,
        IProgress<NotebookProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(run);
        if (lesson.Dib is null)
        {
            progress?.Report(new NotebookProgress(lesson.Name, 1, 1, "malformed: not run"));
            return lesson;
        }

        var built = lesson with { Result = await run(lesson.RunFrom ?? lesson.File, progress, cancellationToken).ConfigureAwait(false) };
        try
        {
            _ = built.Cells();
            return built;
        }
        catch (CellResultMismatchException e)
        {
            // Never show outputs under the wrong cells: the lesson fails, saying which cell did not match.
            return built with { Result = built.Result! with { Cells = [], SetupError = e.Description } };
        }
    }

    private static string UniqueSlug(string stem, HashSet<string> taken)
    {
        var slug = UnsafeCharacters().Replace(stem, "-").Trim('.', '-');
        slug = slug.Length == 0 ? "lesson" : slug;
        var candidate = slug;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }

        return candidate;
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeCharacters();
}

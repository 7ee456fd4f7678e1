using System.Text;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Authoring;

/// <summary>
/// The course tables of <c>README.md</c> and <c>notebooks/00-start-here.dib</c>, generated from the one
/// course list (<c>notebooks/course.json</c>: order, part, "what you learn") and each notebook's own
/// title. Each table sits between <see cref="Begin"/> and <see cref="End"/> markers; <see cref="Update"/>
/// rewrites it, and <see cref="Stale"/> names the files whose table no longer matches.
/// </summary>
public static class CourseTables
{
    /// <summary>The marker line before a generated table.</summary>
    public const string Begin = "<!-- course-table: generated from notebooks/course.json; edit that file, then run `dotnet run --project src/NeuroBalance.Cli -- course-table` -->";

    /// <summary>The marker line after a generated table.</summary>
    public const string End = "<!-- /course-table -->";

    /// <summary>The start-here notebook, whose table links the other notebooks relative to <c>notebooks/</c>.</summary>
    public const string StartHere = "00-start-here.dib";

    /// <summary>Renders the table for a file.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="fromNotebooks">True for a table inside <c>notebooks/</c> (links relative to it); false for the README.</param>
    /// <returns>The Markdown table, without markers.</returns>
    public static string Render(CourseRepository repository, bool fromNotebooks)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var map = CourseMap.Load(repository);
        var table = new StringBuilder("| # | Lesson | Part | What you learn |\n| --- | --- | --- | --- |\n");
        foreach (var entry in map.Lessons)
        {
            var file = new FileInfo(Path.Combine(repository.NotebooksFolder.FullName, entry.File));
            var name = Path.GetFileNameWithoutExtension(entry.File);
            var title = file.Exists ? LessonOutline.Read(DibFile.Load(file.FullName), name).Title : name;
            var number = name.Split('-')[0];

            // The README never links a learner to notebooks/ (the instructor's sources, with solutions): it names
            // the learner's copy in learn/, which `setup` writes (so it is not a link that a fresh clone lacks).
            var lesson = fromNotebooks
                ? entry.File == StartHere ? $"{Cell(title)} (this one)" : $"[{Cell(title)}]({entry.File})"
                : $"{Cell(title)} · `{LearnerCopies.FolderName}/{entry.File}`";
            table.Append($"| {number} | {lesson} | {Cell(entry.Part)} | {Cell(entry.About)} |\n");
        }

        return table.ToString();
    }

    /// <summary>Rewrites the table in the README and in the start-here notebook, where they have the markers.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The files that changed.</returns>
    public static IReadOnlyList<FileInfo> Update(CourseRepository repository) =>
        Targets(repository).Where(t => t.Current is not null && t.Current != t.Expected)
            .Select(t =>
            {
                File.WriteAllText(t.File.FullName, t.Expected);
                return t.File;
            })
            .ToArray();

    /// <summary>The files whose table differs from what <c>course.json</c> and the notebooks give.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The stale files; empty when every table is up to date.</returns>
    public static IReadOnlyList<FileInfo> Stale(CourseRepository repository) =>
        Targets(repository).Where(t => t.Current is not null && t.Current != t.Expected).Select(t => t.File).ToArray();

    private static IEnumerable<(FileInfo File, string? Current, string Expected)> Targets(CourseRepository repository)
    {
        foreach (var (file, fromNotebooks) in new[]
                 {
                     (new FileInfo(Path.Combine(repository.Root.FullName, "README.md")), false),
                     (new FileInfo(Path.Combine(repository.NotebooksFolder.FullName, StartHere)), true),
                 })
        {
            var text = file.Exists ? File.ReadAllText(file.FullName) : null;
            var start = text?.IndexOf(Begin, StringComparison.Ordinal) ?? -1;
            var stop = text?.IndexOf(End, StringComparison.Ordinal) ?? -1;
            if (text is null || start < 0 || stop < start)
            {
                yield return (file, null, string.Empty);
                continue;
            }

            var head = text[..(start + Begin.Length)];
            yield return (file, text, head + "\n\n" + Render(repository, fromNotebooks) + "\n" + text[stop..]);
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ").Trim();
}

using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Authoring;

/// <summary>What happened to one learner copy.</summary>
public enum LearnerCopyStatus
{
    /// <summary>The copy did not exist and was written.</summary>
    Created,

    /// <summary>The copy is exactly the current learner version; nothing was written.</summary>
    UpToDate,

    /// <summary>The copy differs from the current learner version (the learner's own work, or an older course version) and was left alone.</summary>
    KeptEdited,

    /// <summary>The copy differed, was moved to the backup folder, and a fresh copy was written (only when asked for).</summary>
    Replaced,

    /// <summary>The source notebook has broken solution markers; nothing was written.</summary>
    Failed,
}

/// <summary>The outcome for one lesson.</summary>
/// <param name="Source">The instructor notebook in <c>notebooks/</c>.</param>
/// <param name="Copy">The learner's copy in <c>learn/</c>.</param>
/// <param name="Status">What happened.</param>
/// <param name="Backup">Where the learner's previous copy was moved, for <see cref="LearnerCopyStatus.Replaced"/>.</param>
/// <param name="Errors">Solution-marker errors for <see cref="LearnerCopyStatus.Failed"/>.</param>
public sealed record LearnerCopy(FileInfo Source, FileInfo Copy, LearnerCopyStatus Status, FileInfo? Backup, IReadOnlyList<string> Errors);

/// <summary>
/// The learner's own copies of the lessons, in <c>learn/</c> at the repository root (ignored by git):
/// the student version of every notebook (solution regions replaced by their placeholders, see
/// <see cref="SolutionRegions"/>), which the learner opens, edits and runs. <c>notebooks/</c> holds the
/// instructor sources, with the solutions.
/// </summary>
/// <remarks>
/// A learner's copy is never overwritten silently: a copy that differs from the current learner
/// version is kept as it is. Only when a fresh copy is asked for is the old one first moved to
/// <c>learn/backup/&lt;name&gt;.&lt;yyyyMMdd-HHmmss&gt;.dib</c>.
/// </remarks>
public static class LearnerCopies
{
    /// <summary>The learner's folder, relative to the repository root.</summary>
    public const string FolderName = "learn";

    /// <summary>Gets the learner's folder of a repository.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns><c>learn/</c> at the repository root.</returns>
    public static DirectoryInfo Folder(CourseRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new DirectoryInfo(Path.Combine(repository.Root.FullName, FolderName));
    }

    /// <summary>The learner version of one notebook, with paths rewritten to work from <paramref name="folder"/>.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="notebook">The instructor notebook.</param>
    /// <param name="folder">Where the copy goes.</param>
    /// <returns>The text of the learner's copy.</returns>
    /// <exception cref="SolutionRegionException">The notebook's solution markers are broken.</exception>
    public static string LearnerText(CourseRepository repository, FileInfo notebook, DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(notebook);
        var text = File.ReadAllText(notebook.FullName).ReplaceLineEndings("\n");
        var student = SolutionRegions.ToStudentVersion(text, repository.RelativePath(notebook));
        return NotebookPaths.Relocate(student, notebook.Directory!, folder);
    }

    /// <summary>Writes the learner copies that are missing; keeps (or, when asked, backs up and replaces) the others.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="notebooks">The instructor notebooks.</param>
    /// <param name="replaceEdited">Replace copies that differ from the current version, after moving them to <c>learn/backup/</c>.</param>
    /// <param name="now">The time used in backup names.</param>
    /// <param name="folder">Where the copies go: <c>learn/</c> (<see cref="Folder"/>) unless given (tests use a folder in artifacts/).</param>
    /// <returns>One entry per notebook.</returns>
    public static IReadOnlyList<LearnerCopy> Write(CourseRepository repository, IEnumerable<FileInfo> notebooks, bool replaceEdited, DateTimeOffset now, DirectoryInfo? folder = null)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        folder ??= Folder(repository);
        folder.Create();
        var results = new List<LearnerCopy>();
        foreach (var notebook in notebooks)
        {
            var copy = new FileInfo(Path.Combine(folder.FullName, notebook.Name));
            string text;
            try
            {
                text = LearnerText(repository, notebook, folder);
            }
            catch (SolutionRegionException e)
            {
                results.Add(new LearnerCopy(notebook, copy, LearnerCopyStatus.Failed, null, e.Errors.Select(err => err.ToString()).ToArray()));
                continue;
            }

            if (!copy.Exists)
            {
                File.WriteAllText(copy.FullName, text);
                results.Add(new LearnerCopy(notebook, copy, LearnerCopyStatus.Created, null, []));
            }
            else if (File.ReadAllText(copy.FullName).ReplaceLineEndings("\n") == text)
            {
                results.Add(new LearnerCopy(notebook, copy, LearnerCopyStatus.UpToDate, null, []));
            }
            else if (!replaceEdited)
            {
                results.Add(new LearnerCopy(notebook, copy, LearnerCopyStatus.KeptEdited, null, []));
            }
            else
            {
                var backups = Directory.CreateDirectory(Path.Combine(folder.FullName, "backup"));
                var backup = new FileInfo(Path.Combine(backups.FullName, $"{Path.GetFileNameWithoutExtension(notebook.Name)}.{now:yyyyMMdd-HHmmss}.dib"));
                for (var i = 2; backup.Exists; i++)
                {
                    backup = new FileInfo(Path.Combine(backups.FullName, $"{Path.GetFileNameWithoutExtension(notebook.Name)}.{now:yyyyMMdd-HHmmss}-{i}.dib"));
                }

                File.Move(copy.FullName, backup.FullName);
                File.WriteAllText(copy.FullName, text);
                results.Add(new LearnerCopy(notebook, copy, LearnerCopyStatus.Replaced, backup, []));
            }
        }

        return results;
    }
}

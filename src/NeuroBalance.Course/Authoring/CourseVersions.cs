using System.Text.RegularExpressions;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Export;

namespace NeuroBalance.Course.Authoring;

/// <summary>Which version of the notebooks to write.</summary>
public enum CourseVersion
{
    /// <summary>Solution regions replaced by their placeholders (see <see cref="SolutionRegions"/>); hints kept.</summary>
    Student,

    /// <summary>Everything kept, solutions included.</summary>
    Instructor,
}

/// <summary>The outcome for one notebook.</summary>
/// <param name="Source">The notebook in <c>notebooks/</c>.</param>
/// <param name="Written">The file written, or null when it failed.</param>
/// <param name="Errors">Solution-marker errors as <c>file:line: message</c>; empty on success.</param>
/// <param name="Ipynb">The Jupyter notebook written next to <paramref name="Written"/> (same cells, no outputs), or null.</param>
public sealed record VersionedNotebook(FileInfo Source, FileInfo? Written, IReadOnlyList<string> Errors, FileInfo? Ipynb = null);

/// <summary>
/// Writes student or instructor versions of notebooks into a folder inside <c>artifacts/</c>. The
/// notebooks keep working there: every relative <c>#r</c>, <c>#load</c> and <c>#!import</c> path is
/// rewritten to be relative to the new folder (for example
/// <c>../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll</c> becomes
/// <c>../../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll</c> in <c>artifacts/student/notebooks/</c>).
/// Each notebook is written twice: as <c>.dib</c> (VS Code, the runner, dotnet-repl) and as <c>.ipynb</c>
/// (Jupyter with the <c>.net-csharp</c> kernel, VS Code), see <see cref="IpynbWriter"/>.
/// </summary>
public static partial class CourseVersions
{
    /// <summary>Writes one version of the notebooks; the folder is emptied first.</summary>
    /// <param name="repository">The repository (the folder must be inside its artifacts/).</param>
    /// <param name="notebooks">The instructor notebooks.</param>
    /// <param name="output">The output folder.</param>
    /// <param name="version">Student or instructor.</param>
    /// <returns>One entry per notebook; a notebook with marker errors is not written.</returns>
    /// <exception cref="ArgumentException">The folder is outside artifacts/.</exception>
    public static IReadOnlyList<VersionedNotebook> Write(CourseRepository repository, IEnumerable<FileInfo> notebooks, DirectoryInfo output, CourseVersion version)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var folder = ArtifactsFolder.Resolve(repository, output?.FullName, version.ToString().ToLowerInvariant());
        if (folder.Exists)
        {
            folder.Delete(recursive: true);
        }

        folder.Create();
        var results = new List<VersionedNotebook>();
        foreach (var notebook in notebooks)
        {
            var name = repository.RelativePath(notebook);
            var text = File.ReadAllText(notebook.FullName).ReplaceLineEndings("\n");
            try
            {
                // Validate markers for both versions, so an instructor copy is never published with a broken one.
                var student = SolutionRegions.ToStudentVersion(text, name);
                var chosen = version == CourseVersion.Student ? student : text;
                var target = new FileInfo(Path.Combine(folder.FullName, notebook.Name));
                File.WriteAllText(target.FullName, RelocatePaths(chosen, notebook.Directory!, folder));
                var ipynb = new FileInfo(Path.ChangeExtension(target.FullName, ".ipynb"));
                var placement = new IpynbPlacement(repository, notebook.Directory!, folder);
                File.WriteAllText(ipynb.FullName, IpynbWriter.ToJson(DibFile.Parse(chosen, name), placement));
                results.Add(new VersionedNotebook(notebook, target, [], ipynb));
            }
            catch (SolutionRegionException e)
            {
                results.Add(new VersionedNotebook(notebook, null, e.Errors.Select(err => err.ToString()).ToArray()));
            }
        }

        return results;
    }

    /// <summary>Rewrites relative file references so they resolve from another folder.</summary>
    /// <param name="text">The notebook text.</param>
    /// <param name="from">The folder the paths are relative to now.</param>
    /// <param name="to">The folder they must be relative to.</param>
    /// <returns>The rewritten text; <c>nuget:</c> references and absolute paths are left alone.</returns>
    public static string RelocatePaths(string text, DirectoryInfo from, DirectoryInfo to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        string Relocate(Match m)
        {
            var path = m.Groups["path"].Value;
            if (path.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(path) || path.Contains("://", StringComparison.Ordinal))
            {
                return m.Value;
            }

            var target = Path.GetFullPath(Path.Combine(from.FullName, path));
            var relative = Path.GetRelativePath(to.FullName, target).Replace('\\', '/');
            return m.Groups["head"].Value + relative + m.Groups["tail"].Value;
        }

        // Directives first, then string literals that start with ./ or ../ (e.g. a set-up check that
        // looks for the library next to the notebook).
        var relocated = FileReference().Replace(text ?? string.Empty, Relocate);
        relocated = RelativeStringLiteral().Replace(relocated, Relocate);

        // Markdown links that climb out of the folder (../docs/x.md): links to sibling notebooks stay as they are,
        // since every notebook is copied together.
        return RelativeMarkdownLink().Replace(relocated, Relocate);
    }

    [GeneratedRegex("^(?<head>\\s*(?:#r|#load|#!import)\\s+\"?)(?<path>[^\"\\r\\n]+?)(?<tail>\"?\\s*)$", RegexOptions.Multiline)]
    private static partial Regex FileReference();

    [GeneratedRegex("(?<head>\\]\\()(?<path>\\.\\./[^)\\s#]*)(?<tail>[#)])")]
    private static partial Regex RelativeMarkdownLink();

    [GeneratedRegex("(?<head>(?<!#r\\s+)\"|(?<!#r\\s+)@\")(?<path>\\.\\.?/[^\"\\s]*)(?<tail>\")")]
    private static partial Regex RelativeStringLiteral();
}

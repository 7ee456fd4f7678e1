using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Export;

/// <summary>
/// Writes student or instructor versions of notebooks into a folder inside <c>artifacts/</c>. The
/// notebooks keep working there: every relative <c>#r</c>, <c>#load</c> and <c>#!import</c> path is
/// rewritten to be relative to the new folder (for example
/// <c>../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll</c> becomes
/// <c>../../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll</c> in <c>artifacts/student/notebooks/</c>).
/// Each notebook is written twice: as <c>.dib</c> (VS Code, the runner, dotnet-repl) and as <c>.ipynb</c>
/// (Jupyter with the <c>.net-csharp</c> kernel, VS Code), see <see cref="IpynbWriter"/>. Paths are rewritten by <see cref="NotebookPaths"/>.
/// </summary>
public static class CourseVersions
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
                File.WriteAllText(target.FullName, NotebookPaths.Relocate(chosen, notebook.Directory!, folder));
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
}

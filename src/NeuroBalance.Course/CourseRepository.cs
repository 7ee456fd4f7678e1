namespace NeuroBalance.Course;

/// <summary>
/// The NeuroBalance repository on disk: where the notebooks, the sources and the tool manifest are.
/// </summary>
public sealed class CourseRepository
{
    private const string SolutionFileName = "NeuroBalance.sln";

    private CourseRepository(DirectoryInfo root) => Root = root;

    /// <summary>Gets the repository root (the folder that holds <c>NeuroBalance.sln</c>).</summary>
    public DirectoryInfo Root { get; }

    /// <summary>Gets the <c>notebooks/</c> folder.</summary>
    public DirectoryInfo NotebooksFolder => new(Path.Combine(Root.FullName, "notebooks"));

    /// <summary>Gets the solution file, <c>NeuroBalance.sln</c>, whose folder is the repository root.</summary>
    public FileInfo Solution => new(Path.Combine(Root.FullName, SolutionFileName));

    /// <summary>Gets the tool manifest that pins the kernel version.</summary>
    public FileInfo ToolManifest => new(Path.Combine(Root.FullName, ".config", "dotnet-tools.json"));

    /// <summary>Finds the repository that contains <paramref name="startFolder"/> (or the current directory).</summary>
    /// <param name="startFolder">Where to start looking; the search walks up to the file-system root.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder above <paramref name="startFolder"/> holds NeuroBalance.sln.</exception>
    public static CourseRepository Locate(string? startFolder = null)
    {
        var start = new DirectoryInfo(startFolder ?? Environment.CurrentDirectory);
        for (var folder = start; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return new CourseRepository(folder);
            }
        }

        throw new DirectoryNotFoundException(
            $"No NeuroBalance repository (a folder with NeuroBalance.sln) contains '{start.FullName}'. " +
            "Run this command from inside your clone of the course.");
    }

    /// <summary>Lists every notebook under <c>notebooks/</c>, in a stable order.</summary>
    /// <returns>The <c>.dib</c> files, sorted by relative path.</returns>
    public IReadOnlyList<FileInfo> FindNotebooks() =>
        NotebooksFolder.Exists
            ? NotebooksFolder.EnumerateFiles("*.dib", SearchOption.AllDirectories)
                .OrderBy(f => RelativePath(f), StringComparer.Ordinal)
                .ToArray()
            : [];

    /// <summary>Gets a path relative to the repository root, with forward slashes.</summary>
    /// <param name="file">A file inside the repository.</param>
    /// <returns>For example <c>notebooks/00-start-here.dib</c>.</returns>
    public string RelativePath(FileSystemInfo file) =>
        Path.GetRelativePath(Root.FullName, file.FullName).Replace('\\', '/');
}

namespace NeuroBalance.Course;

/// <summary>
/// Keeps everything the tooling writes inside the repository's <c>artifacts/</c> folder.
/// </summary>
public static class ArtifactsFolder
{
    /// <summary>Gets the <c>artifacts/</c> folder of a repository.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The folder (it may not exist yet).</returns>
    public static DirectoryInfo Of(CourseRepository repository) =>
        new(Path.Combine((repository ?? throw new ArgumentNullException(nameof(repository))).Root.FullName, "artifacts"));

    /// <summary>Resolves an output folder and checks that it lies inside <c>artifacts/</c>.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="requested">The folder asked for (relative to the current directory), or null for <paramref name="defaultRelative"/>.</param>
    /// <param name="defaultRelative">The default, relative to <c>artifacts/</c>, e.g. <c>course</c>.</param>
    /// <returns>The full folder path.</returns>
    /// <exception cref="ArgumentException">The folder is outside <c>artifacts/</c> (or is <c>artifacts/</c> itself).</exception>
    public static DirectoryInfo Resolve(CourseRepository repository, string? requested, string defaultRelative)
    {
        var artifacts = Of(repository).FullName;
        var full = Path.GetFullPath(requested ?? Path.Combine(artifacts, defaultRelative));
        var inside = full.StartsWith(artifacts + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || LinksOutside(full, artifacts))
        {
            throw new ArgumentException(
                $"The output folder must be inside {artifacts}{Path.DirectorySeparatorChar} (generated files never go elsewhere), but was '{full}'.",
                nameof(requested));
        }

        return new DirectoryInfo(full);
    }

    /// <summary>Gets whether any existing folder on the way from artifacts/ to the target is a symbolic link.</summary>
    private static bool LinksOutside(string full, string artifacts)
    {
        for (var folder = new DirectoryInfo(full); folder is not null && folder.FullName.Length >= artifacts.Length; folder = folder.Parent)
        {
            if (folder.Exists && folder.LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Globalization;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Replaces a generated folder (the site) as a whole: the new contents are written into a sibling folder
/// (<c>&lt;name&gt;.tmp-&lt;id&gt;</c>) and swapped in only when complete, so a build that fails or is killed
/// while writing leaves the previous folder as it was.
/// </summary>
public static class SiteFolder
{
    /// <summary>Writes new contents for <paramref name="target"/> aside and swaps them in.</summary>
    /// <param name="target">The folder to replace (the caller has confined it to artifacts/).</param>
    /// <param name="write">Writes the new contents into the folder it is given.</param>
    /// <exception cref="Exception">Whatever <paramref name="write"/> throws; the target is then unchanged.</exception>
    public static void Replace(DirectoryInfo target, Action<DirectoryInfo> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(write);
        var parent = target.Parent ?? throw new ArgumentException("The folder to replace needs a parent folder.", nameof(target));
        parent.Create();
        RemoveLeftovers(parent, target.Name);
        var id = Guid.NewGuid().ToString("N")[..12];
        var staging = new DirectoryInfo(Path.Combine(parent.FullName, string.Create(CultureInfo.InvariantCulture, $"{target.Name}.tmp-{id}")));
        staging.Create();
        try
        {
            write(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        // Two renames within one folder: the old site is moved out of the way, the new one takes its name.
        var old = new DirectoryInfo(Path.Combine(parent.FullName, string.Create(CultureInfo.InvariantCulture, $"{target.Name}.old-{id}")));
        target.Refresh();
        if (target.Exists)
        {
            Directory.Move(target.FullName, old.FullName);
        }

        Directory.Move(staging.FullName, target.FullName);
        TryDelete(old);
        target.Refresh();
    }

    /// <summary>Removes what killed builds left next to the folder (<c>name.tmp-*</c>, <c>name.old-*</c>).</summary>
    private static void RemoveLeftovers(DirectoryInfo parent, string name)
    {
        foreach (var leftover in parent.EnumerateDirectories(name + ".tmp-*").Concat(parent.EnumerateDirectories(name + ".old-*")))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Refresh();
            if (folder.Exists)
            {
                folder.Delete(recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover is removed by the next build.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

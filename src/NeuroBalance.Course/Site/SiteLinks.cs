using System.Globalization;
using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Where the links of lessons and documents go in the site: a lesson's <c>.dib</c> to its page, a linked
/// Markdown document inside the repository to a page of its own (collected here until written), an image a
/// document shows to a copy in <c>assets/docs/</c>. Nothing outside the repository enters the site.
/// </summary>
/// <param name="lessonPages">Lesson file name → page name.</param>
/// <param name="repositoryRoot">The folder above the lessons' folder; only files inside it are published, or null for none.</param>
internal sealed partial class SiteLinks(IReadOnlyDictionary<string, string> lessonPages, string? repositoryRoot)
{
    /// <summary>Markdown documents that lessons, or documents they link to, link to: full path → page name in the site.</summary>
    private readonly Dictionary<string, string> documents = new(StringComparer.Ordinal);

    /// <summary>Gets the next document that has a page name but no page yet, or null.</summary>
    /// <param name="written">The documents already written (full paths).</param>
    /// <returns>(full path, page name), or null when every document is written.</returns>
    internal (string Full, string Page)? NextDocument(ISet<string> written) =>
        documents.FirstOrDefault(d => !written.Contains(d.Key)) is { Key: { } full, Value: { } page } ? (full, page) : null;

    /// <summary>Rewrites a link target of Markdown in <paramref name="folder"/> for the site.</summary>
    /// <param name="target">The link target.</param>
    /// <param name="folder">The folder of the Markdown file.</param>
    /// <returns>The site link, or <c>#</c> for a local file that is not part of the site.</returns>
    internal string Rewrite(string target, DirectoryInfo? folder)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? target[..hash] : target;
        var fragment = hash >= 0 ? target[hash..] : string.Empty;
        if (path.Length == 0)
        {
            return target;
        }

        // A link to another lesson goes to its page; a linked Markdown document (docs/*.md) becomes a
        // page of the site, so that it works offline too; other local files are not part of the site.
        if (lessonPages.TryGetValue(Path.GetFileName(path), out var page))
        {
            return page + fragment;
        }

        return DocumentPage(path, folder) is { } document ? document + fragment : "#";
    }

    /// <summary>Copies an image that a document shows (for example docs/images/x.png) into assets/, and returns its site path.</summary>
    /// <param name="target">The image's link target.</param>
    /// <param name="folder">The folder of the Markdown file.</param>
    /// <param name="output">The site folder.</param>
    /// <returns>The site path, or null when the target is not a local image inside the repository.</returns>
    internal string? LocalImage(string target, DirectoryInfo? folder, DirectoryInfo output)
    {
        string[] images = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"];
        if (folder is null || target.Contains('#', StringComparison.Ordinal) || Path.IsPathRooted(Uri.UnescapeDataString(target)) || !images.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var source = new FileInfo(Path.GetFullPath(Path.Combine(folder.FullName, Uri.UnescapeDataString(target))));
        if (!source.Exists || !InsideRepository(source))
        {
            return null;
        }

        var assets = Directory.CreateDirectory(Path.Combine(output.FullName, "assets", "docs"));
        source.CopyTo(Path.Combine(assets.FullName, source.Name), overwrite: true);
        return "assets/docs/" + Uri.EscapeDataString(source.Name);
    }

    /// <summary>
    /// Gets whether a file lies inside the repository: its full path is under the root and no part of the way,
    /// the file included, is a symbolic link (which could lead out of it).
    /// </summary>
    private bool InsideRepository(FileSystemInfo file)
    {
        if (repositoryRoot is null || !file.FullName.StartsWith(repositoryRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        for (FileSystemInfo? step = file; step is not null && step.FullName.Length > repositoryRoot.Length; step = step is FileInfo f ? f.Directory : ((DirectoryInfo)step).Parent)
        {
            if (step.LinkTarget is not null)
            {
                return false;
            }
        }

        return true;
    }

    private string? DocumentPage(string path, DirectoryInfo? folder)
    {
        if (folder is null || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(Uri.UnescapeDataString(path)))
        {
            return null;
        }

        var full = new FileInfo(Path.GetFullPath(Path.Combine(folder.FullName, Uri.UnescapeDataString(path))));
        if (documents.TryGetValue(full.FullName, out var page) || !full.Exists || !InsideRepository(full))
        {
            return page;
        }

        var stem = "doc-" + NonWord().Replace(Path.GetFileNameWithoutExtension(full.Name).ToLowerInvariant(), "-").Trim('-');
        page = stem + ".html";
        for (var n = 2; documents.ContainsValue(page); n++)
        {
            page = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.html");
        }

        documents[full.FullName] = page;
        return page;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

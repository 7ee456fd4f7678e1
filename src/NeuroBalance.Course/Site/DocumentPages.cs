namespace NeuroBalance.Course.Site;

/// <summary>
/// One page per linked Markdown document (<c>doc-*.html</c>). A document's own links to Markdown files in the
/// repository (for example docs/x.md → ../README.md) add pages too, until none is left; images it shows are
/// copied into <c>assets/docs/</c> when they lie inside the repository; other local files are not part of the site.
/// </summary>
internal static class DocumentPages
{
    /// <summary>Writes every document that <paramref name="links"/> has collected, and those they link to.</summary>
    /// <param name="links">The site's links (documents found so far).</param>
    /// <param name="layout">The page layout.</param>
    /// <param name="output">The site folder.</param>
    internal static void Write(SiteLinks links, SiteLayout layout, DirectoryInfo output)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        while (links.NextDocument(written) is var (full, page))
        {
            written.Add(full);
            var markdown = File.ReadAllText(full);
            var title = markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? Path.GetFileName(full);
            var folder = new FileInfo(full).Directory;
            var body = "<div class=\"prose\">" + CourseMarkdown.ToHtml(markdown, target => links.LocalImage(target, folder, output) ?? links.Rewrite(target, folder)) + "</div>";
            File.WriteAllText(Path.Combine(output.FullName, page), layout.Page(title, SiteLayout.Navigation(), body, charts: false));
        }
    }
}

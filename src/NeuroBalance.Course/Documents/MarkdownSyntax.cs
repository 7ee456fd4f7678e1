using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NeuroBalance.Course.Documents;

/// <summary>
/// The Markdown dialect of the course's markdown cells (Markdig): the one pipeline that the site
/// renders with and that lint checks anchors against, so both agree on heading ids.
/// </summary>
public static class MarkdownSyntax
{
    /// <summary>Gets the Markdig pipeline: pipe tables, emphasis extras, GitHub-style heading ids, math, auto links, no raw HTML.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseMathematics()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Gets the ids that the headings of a Markdown text get (GitHub style), for anchor checks.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <returns>The heading ids.</returns>
    public static IEnumerable<string> HeadingIds(string markdown) =>
        Markdown.Parse(markdown ?? string.Empty, Pipeline)
            .Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>();

    /// <summary>Gets whether a link target has a scheme (<c>https:</c>, <c>mailto:</c>, <c>javascript:</c>...).</summary>
    /// <param name="url">The link target.</param>
    /// <returns>True when the target is not a relative path or anchor.</returns>
    public static bool HasScheme(string url) =>
        System.Text.RegularExpressions.Regex.IsMatch(url ?? string.Empty, "^[A-Za-z][A-Za-z0-9+.-]*:");
}

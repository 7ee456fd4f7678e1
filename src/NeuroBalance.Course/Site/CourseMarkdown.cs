using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Markdown as the course site renders it (Markdig): tables, emphasis extras, GitHub-style heading
/// ids, math typeset by the bundled KaTeX (with readable text as the fallback), and <b>no raw HTML</b>: an HTML block or inline tag in a notebook is shown
/// as text, so Markdown cannot inject <c>&lt;script&gt;</c>. Link targets with a scheme other than
/// http, https or mailto (for example <c>javascript:</c>) are dropped.
/// </summary>
public static class CourseMarkdown
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>Gets the Markdig pipeline (the course's Markdown dialect, <see cref="MarkdownSyntax"/>).</summary>
    public static MarkdownPipeline Pipeline => MarkdownSyntax.Pipeline;

    /// <summary>Renders Markdown to safe HTML.</summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="rewriteLink">Maps a relative link target (for example <c>01-x.dib</c> to <c>01-x.html</c>); identity when null.</param>
    /// <returns>HTML without raw HTML from the input.</returns>
    public static string ToHtml(string markdown, Func<string, string>? rewriteLink = null)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = SafeUrl(link.Url, rewriteLink);
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            link.Url = SafeUrl(link.Url, rewriteLink) ?? string.Empty;
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return MathAsText(writer.ToString());
    }

    /// <summary>
    /// Prepares math for the site: each Markdig math element keeps its TeX in <c>data-tex</c>, which the
    /// page's bundled KaTeX (<c>assets/katex/</c>) typesets as VS Code does, and shows readable text
    /// until then (delimiters removed, common symbols as Unicode, simple fractions, sub- and
    /// superscripts), so a page read without scripts is still readable. The input is Markdig's already
    /// HTML-encoded output, so only tags this method adds are HTML.
    /// </summary>
    /// <param name="html">Rendered HTML with <c>class="math"</c> spans and divs.</param>
    /// <returns>The HTML with <c>data-tex</c> and readable fallback math.</returns>
    public static string MathAsText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(
            html ?? string.Empty,
            @"<(span|div) class=""math"">\s*(?:\\\(|\\\[)?(.*?)(?:\\\)|\\\])?\s*</\1>",
            m => $"<{m.Groups[1].Value} class=\"math\" data-tex=\"{m.Groups[2].Value.Trim()}\">{TexToText(m.Groups[2].Value.Trim())}</{m.Groups[1].Value}>",
            System.Text.RegularExpressions.RegexOptions.Singleline);

    private static string TexToText(string tex)
    {
        var text = tex;
        foreach (var (command, symbol) in Symbols)
        {
            text = text.Replace(command, symbol, StringComparison.Ordinal);
        }

        text = System.Text.RegularExpressions.Regex.Replace(text, "\\\\frac\\{([^{}]*)\\}\\{([^{}]*)\\}", "$1 / ($2)");
        text = System.Text.RegularExpressions.Regex.Replace(text, "_\\{([^{}]*)\\}|_([A-Za-z0-9])", m => $"<sub>{m.Groups[1].Value}{m.Groups[2].Value}</sub>");
        text = System.Text.RegularExpressions.Regex.Replace(text, "\\^\\{([^{}]*)\\}|\\^([A-Za-z0-9+-])", m => $"<sup>{m.Groups[1].Value}{m.Groups[2].Value}</sup>");
        return text.Replace("\\,", " ", StringComparison.Ordinal).Replace("\\ ", " ", StringComparison.Ordinal)
            .Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
    }

    private static readonly (string Command, string Symbol)[] Symbols =
    [
        ("\\rightarrow", "→"), ("\\left", string.Empty), ("\\right", string.Empty), ("\\mathrm", string.Empty), ("\\text", string.Empty),
        ("\\theta", "θ"), ("\\alpha", "α"), ("\\beta", "β"), ("\\gamma", "γ"), ("\\delta", "δ"), ("\\Delta", "Δ"),
        ("\\mu", "µ"), ("\\tau", "τ"), ("\\lambda", "λ"), ("\\times", "×"), ("\\cdot", "·"), ("\\approx", "≈"),
        ("\\leq", "≤"), ("\\geq", "≥"), ("\\le", "≤"), ("\\ge", "≥"), ("\\to", "→"),
        ("\\infty", "∞"), ("\\pm", "±"),
    ];

    private static string? SafeUrl(string? url, Func<string, string>? rewriteLink)
    {
        if (string.IsNullOrEmpty(url))
        {
            return url;
        }

        if (MarkdownSyntax.HasScheme(url))
        {
            var scheme = url[..url.IndexOf(':', StringComparison.Ordinal)];
            return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase) ? url : "#";
        }

        return rewriteLink is null ? url : rewriteLink(url);
    }
}

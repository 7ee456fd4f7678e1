using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Course.Tests.Site;

public sealed class CourseMarkdownTests
{
    /// <summary>Markdown that tries to get script into the page, one way each.</summary>
    public static TheoryData<string> Injections => new()
    {
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "<div>\n<script src=\"https://cdn.example/x.js\"></script>\n</div>",
        "[click](javascript:alert(1))",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "<iframe src=\"https://example.com\"></iframe>",
        "[click](JavaScript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](<java\tscript:alert(1)>)",
        "[click](<\u0001javascript:alert(1)>)",
        "[click][r]\n\n[r]: javascript:alert(1)",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<!-- x --><script>alert(1)</script>",
        "$$</div><script>alert(1)</script>$$",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
        "# <svg onload=alert(1)>",
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public void ToHtml_RawHtmlOrScriptLinks_AreNeverActive(string markdown)
    {
        // When
        var html = CourseMarkdown.ToHtml(markdown);

        // Then: no element or attribute from the input survives, only text.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, iframe, svg, img[onerror], [onerror], [onload]"));
        Assert.All(document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty), target =>
        {
            // Browsers drop ASCII tab, newline and leading control characters before reading a scheme.
            var seen = new string(target.Where(c => c > ' ').ToArray());
            Assert.DoesNotMatch("^(?i:javascript|vbscript|data):", seen);
        });
    }

    [Fact]
    public void ToHtml_ScriptTag_IsShownAsText()
    {
        var html = CourseMarkdown.ToHtml("<script>alert(1)</script>");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_LessonLinks_AreRewritten_AndWebLinksKept()
    {
        var html = CourseMarkdown.ToHtml("[next](01-x.dib#a) and [doi](https://doi.org/10.1/x)", target => target.Replace(".dib", ".html", StringComparison.Ordinal));

        Assert.Contains("href=\"01-x.html#a\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://doi.org/10.1/x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Math_KeepsTheTexForKatex_WithReadableTextAsFallback()
    {
        var html = CourseMarkdown.ToHtml("$$\n\\theta = \\frac{[L]}{[L] + K_d}\n$$\n\nand $K_d$");

        Assert.Contains("<div class=\"math\" data-tex=\"\\theta = \\frac{[L]}{[L] + K_d}\">θ = [L] / ([L] + K<sub>d</sub>)</div>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"math\" data-tex=\"K_d\">K<sub>d</sub></span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\[", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_MathWithMarkup_StaysEncoded()
    {
        var html = CourseMarkdown.ToHtml("$<script>x</script>$");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingIds_AreGitHubStyle()
    {
        Assert.Equal(["learning-objectives", "1-how-to-run-cells"], MarkdownSyntax.HeadingIds("## Learning objectives\n\n## 1. How to run cells"));
    }
}

using System.Globalization;
using System.Text;

namespace NeuroBalance.Course.Site;

/// <summary>
/// The layout every page of the site shares: head (style sheet, the Content-Security-Policy, plotly.js and the
/// chart script on pages with charts, KaTeX on pages with math), header, navigation and footer.
/// </summary>
/// <param name="options">The course title, edition and trust setting.</param>
internal sealed class SiteLayout(SiteOptions options)
{
    /// <summary>KaTeX, bundled in assets/katex/ (see src/NeuroBalance.Course/Site/Assets/katex/README.md); only pages with math load it.</summary>
    private const string MathAssets =
        "<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\"><script defer src=\"assets/katex/katex.min.js\"></script><script defer src=\"assets/katex/render-math.js\"></script>";

    /// <summary>plotly.js and the site's chart script, which draws every marked chart from its figure JSON.</summary>
    private const string ChartAssets =
        "<script src=\"assets/plotly.min.js\"></script>\n<script defer src=\"assets/" + SiteAssets.ChartScript + "\"></script>";

    /// <summary>Gets the Content-Security-Policy of every page (see docs/reliability.md, "Site trust model").</summary>
    /// <param name="trustNotebookHtml">Whether notebook HTML outputs may run their own inline scripts (<c>build --trust-notebook-html</c>).</param>
    /// <returns>The policy: the site's own files only; inline scripts only when trusted.</returns>
    internal static string ContentSecurityPolicy(bool trustNotebookHtml) =>
        "default-src 'self'; script-src 'self'" + (trustNotebookHtml ? " 'unsafe-inline'" : string.Empty)
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Writes a complete page around a body.</summary>
    /// <param name="title">The page title.</param>
    /// <param name="navigation">The navigation bar (<see cref="Navigation"/>).</param>
    /// <param name="body">The page body (HTML).</param>
    /// <param name="charts">Whether the page has charts (loads plotly.js and the chart script).</param>
    /// <returns>The page.</returns>
    internal string Page(string title, string navigation, string body, bool charts) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy(options.TrustNotebookHtml)}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)} · {Html.Encode(options.Title)}</title>
        <link rel="stylesheet" href="assets/site.css">
        {(charts ? ChartAssets : string.Empty)}
        {(body.Contains("class=\"math\"", StringComparison.Ordinal) ? MathAssets : string.Empty)}
        </head>
        <body>
        <header class="site-header"><a class="site-title" href="index.html">{Html.Encode(options.Title)}</a>{EditionBadge(options.Edition)}{navigation}</header>
        <main>
        {body}
        </main>
        <footer class="site-footer">{navigation}<span>Education, not medical advice.</span></footer>
        </body>
        </html>

        """;

    /// <summary>The navigation bar: previous lesson, course map, glossary, build report, next lesson.</summary>
    /// <param name="previous">The previous page (file name and title), or null.</param>
    /// <param name="next">The next page, or null.</param>
    /// <returns>The <c>&lt;nav&gt;</c> element.</returns>
    internal static string Navigation((string Page, string Title)? previous = null, (string Page, string Title)? next = null)
    {
        var nav = new StringBuilder("<nav class=\"site-nav\" aria-label=\"Course\">");
        if (previous is { } p)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a rel=\"prev\" class=\"nav-prev\" href=\"{Html.Encode(p.Page)}\">← {Html.Encode(p.Title)}</a>");
        }

        nav.Append("<a class=\"nav-index\" href=\"index.html\">Course map</a><a class=\"nav-glossary\" href=\"glossary.html\">Glossary</a><a class=\"nav-report\" href=\"report.html\">Build report</a>");
        if (next is { } n)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" class=\"nav-next\" href=\"{Html.Encode(n.Page)}\">{Html.Encode(n.Title)} →</a>");
        }

        return nav.Append("</nav>").ToString();
    }

    /// <summary>Says on every page which version of the course it is, so the two sites cannot be mixed up.</summary>
    private static string EditionBadge(SiteEdition? edition) => edition switch
    {
        SiteEdition.Learner => "<span class=\"edition edition-learner\" title=\"Solutions are hidden: each exercise shows its placeholder; ask for a solution with .Solution() after the hints.\">Learner version: no solutions shown</span>",
        SiteEdition.Instructor => "<span class=\"edition edition-instructor\" title=\"Built with build --instructor: every solution region is shown. Do not publish this to learners.\">Instructor version: solutions shown</span>",
        _ => string.Empty,
    };
}

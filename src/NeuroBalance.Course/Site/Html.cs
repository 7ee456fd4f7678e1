using System.Net;

namespace NeuroBalance.Course.Site;

/// <summary>Small HTML helpers: every text from a notebook goes through <see cref="Encode"/>.</summary>
internal static class Html
{
    /// <summary>HTML-encodes text (for element content and attribute values).</summary>
    internal static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Writes a complete page around a body.</summary>
    internal static string Page(string title, string courseTitle, string navigation, string body, bool charts, SiteEdition? edition = null) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)} · {Encode(courseTitle)}</title>
        <link rel="stylesheet" href="assets/site.css">
        {(charts ? "<script src=\"assets/plotly.min.js\"></script>" : string.Empty)}
        {(body.Contains("class=\"math\"", StringComparison.Ordinal) ? MathAssets : string.Empty)}
        </head>
        <body>
        <header class="site-header"><a class="site-title" href="index.html">{Encode(courseTitle)}</a>{EditionBadge(edition)}{navigation}</header>
        <main>
        {body}
        </main>
        <footer class="site-footer">{navigation}<span>Education, not medical advice.</span></footer>
        </body>
        </html>

        """;

    /// <summary>KaTeX, bundled in assets/katex/ (see src/NeuroBalance.Course/Site/Assets/katex/README.md); only pages with math load it.</summary>
    private const string MathAssets =
        "<link rel=\"stylesheet\" href=\"assets/katex/katex.min.css\"><script defer src=\"assets/katex/katex.min.js\"></script><script defer src=\"assets/katex/render-math.js\"></script>";

    /// <summary>Says on every page which version of the course it is, so the two sites cannot be mixed up.</summary>
    private static string EditionBadge(SiteEdition? edition) => edition switch
    {
        SiteEdition.Learner => "<span class=\"edition edition-learner\" title=\"Solutions are hidden: each exercise shows its placeholder; ask for a solution with .Solution() after the hints.\">Learner version: no solutions shown</span>",
        SiteEdition.Instructor => "<span class=\"edition edition-instructor\" title=\"Built with build --instructor: every solution region is shown. Do not publish this to learners.\">Instructor version: solutions shown</span>",
        _ => string.Empty,
    };
}

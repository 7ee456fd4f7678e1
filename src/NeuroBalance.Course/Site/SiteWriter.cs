using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Writes the static course site: <c>index.html</c> (<see cref="IndexPage"/>), one page per lesson
/// (<see cref="LessonPage"/>), linked documents (<see cref="DocumentPages"/>), <c>glossary.html</c>
/// (<see cref="GlossaryPage"/>), <c>report.html</c> (<see cref="ReportPage"/>) and <c>assets/</c>
/// (<see cref="SiteAssets"/>), all in one layout (<see cref="SiteLayout"/>).
/// </summary>
/// <remarks>
/// Notebook text (code, plain-text outputs, errors, titles) is HTML-encoded; Markdown is rendered by
/// <see cref="CourseMarkdown"/>, which refuses raw HTML. HTML outputs of the kernel go through
/// <see cref="NotebookHtml"/>: charts are drawn by the site's own script from their marked figure data, and
/// everything else is sanitised unless the build trusts notebook HTML. Every page has a Content-Security-Policy
/// that allows only the site's own scripts. Nothing refers to the network. See docs/reliability.md, "Site trust model".
/// </remarks>
public sealed class SiteWriter
{
    private readonly SiteOptions options;
    private readonly SiteLayout layout;

    /// <summary>Creates the writer.</summary>
    /// <param name="options">Course title, plotly.js, glossary and trust of notebook HTML.</param>
    public SiteWriter(SiteOptions options)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        layout = new SiteLayout(options);
    }

    /// <summary>Writes the site into <paramref name="output"/> (which the caller has confined to artifacts/).</summary>
    /// <param name="lessons">The built lessons in course order.</param>
    /// <param name="output">The site folder.</param>
    public void Write(IReadOnlyList<LessonBuild> lessons, DirectoryInfo output) => Write(lessons, output, null);

    /// <summary>Writes the site; each chart with a static image also carries it for the print view.</summary>
    /// <param name="lessons">The built lessons, in course order.</param>
    /// <param name="output">The site folder.</param>
    /// <param name="chartImages">PNG images (base64) by chart output HTML, rendered at build time; null for none.</param>
    public void Write(IReadOnlyList<LessonBuild> lessons, DirectoryInfo output, IReadOnlyDictionary<string, string>? chartImages)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(output);
        SiteAssets.Write(output, options.PlotlySource);
        var links = new SiteLinks(
            lessons.ToDictionary(l => l.File.Name, l => l.PageName, StringComparer.Ordinal),
            lessons.Count > 0 ? lessons[0].File.Directory?.Parent?.FullName : null);
        var lessonPage = new LessonPage(options, links, chartImages);
        for (var i = 0; i < lessons.Count; i++)
        {
            var previous = i > 0 ? (lessons[i - 1].PageName, lessons[i - 1].Outline.Title) : ((string, string)?)null;
            var next = i + 1 < lessons.Count ? (lessons[i + 1].PageName, lessons[i + 1].Outline.Title) : ((string, string)?)null;
            var (body, charts) = lessonPage.Body(lessons[i]);
            File.WriteAllText(Path.Combine(output.FullName, lessons[i].PageName), layout.Page(lessons[i].Outline.Title, SiteLayout.Navigation(previous, next), body, charts));
        }

        DocumentPages.Write(links, layout, output);
        var first = lessons.Count > 0 ? (lessons[0].PageName, lessons[0].Outline.Title) : ((string, string)?)null;
        File.WriteAllText(Path.Combine(output.FullName, "index.html"), layout.Page("Course map", SiteLayout.Navigation(next: first), IndexPage.Body(options, lessons), charts: false));
        File.WriteAllText(Path.Combine(output.FullName, "glossary.html"), layout.Page("Glossary", SiteLayout.Navigation(), GlossaryPage.Body(options.Glossary, lessons), charts: false));
    }

    /// <summary>Writes <c>report.html</c>: the timing summary and every failure.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="output">The site folder.</param>
    /// <param name="total">The build's wall time.</param>
    public void WriteReport(IReadOnlyList<LessonBuild> lessons, DirectoryInfo output, TimeSpan total)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(output);
        File.WriteAllText(Path.Combine(output.FullName, "report.html"), layout.Page("Build report", SiteLayout.Navigation(), ReportPage.Body(lessons, total), charts: false));
    }
}

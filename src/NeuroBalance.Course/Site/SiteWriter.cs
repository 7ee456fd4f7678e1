using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Writes the static course site: <c>index.html</c> (course map and objectives), one page per lesson
/// (rendered Markdown, code, every output, failures), <c>glossary.html</c>, <c>report.html</c>, and
/// <c>assets/</c> with the style sheet and the single local copy of plotly.js.
/// </summary>
/// <remarks>
/// Notebook text (code, plain-text outputs, errors, titles) is HTML-encoded; Markdown is rendered by
/// <see cref="CourseMarkdown"/>, which refuses raw HTML. HTML outputs of the kernel (charts, tables,
/// exercise feedback) are kept as they are, minus the inlined plotly.js, which every page loads from
/// <c>assets/plotly.min.js</c> instead. Nothing refers to the network.
/// </remarks>
public sealed partial class SiteWriter
{
    private readonly SiteOptions options;

    /// <summary>Markdown documents (docs/*.md, README.md) that lessons, or documents they link to, link to: full path → page name in the site.</summary>
    private readonly Dictionary<string, string> documents = new(StringComparer.Ordinal);

    /// <summary>The folder above the lessons' folder (the repository): only Markdown files inside it become pages.</summary>
    private string? documentRoot;

    /// <summary>Creates the writer.</summary>
    /// <param name="options">Course title, plotly.js and glossary.</param>
    public SiteWriter(SiteOptions options) => this.options = options ?? throw new ArgumentNullException(nameof(options));

    private IReadOnlyDictionary<string, string>? printImages;

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
        printImages = chartImages;
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(output);
        var assets = Directory.CreateDirectory(Path.Combine(output.FullName, "assets"));
        File.WriteAllText(Path.Combine(assets.FullName, "plotly.min.js"), options.PlotlySource);
        using (var css = typeof(SiteWriter).Assembly.GetManifestResourceStream("NeuroBalance.Course.Site.site.css")!)
        using (var file = File.Create(Path.Combine(assets.FullName, "site.css")))
        {
            css.CopyTo(file);
        }

        WriteKatex(assets);

        var links = lessons.ToDictionary(l => l.File.Name, l => l.PageName, StringComparer.Ordinal);
        documentRoot = lessons.FirstOrDefault()?.File.Directory?.Parent?.FullName;
        for (var i = 0; i < lessons.Count; i++)
        {
            var previous = i > 0 ? lessons[i - 1] : null;
            var next = i + 1 < lessons.Count ? lessons[i + 1] : null;
            var (body, charts) = LessonBody(lessons[i], links);
            File.WriteAllText(Path.Combine(output.FullName, lessons[i].PageName), Html.Page(lessons[i].Outline.Title, options.Title, Navigation(previous, next), body, charts, options.Edition));
        }

        WriteDocuments(links, output);
        File.WriteAllText(Path.Combine(output.FullName, "index.html"), Html.Page("Course map", options.Title, Navigation(null, lessons.FirstOrDefault()), IndexBody(lessons), charts: false, options.Edition));
        File.WriteAllText(Path.Combine(output.FullName, "glossary.html"), Html.Page("Glossary", options.Title, Navigation(null, null), GlossaryBody(lessons), charts: false, options.Edition));
    }

    /// <summary>Writes the bundled KaTeX (script, CSS, fonts, licence and our render script) to <c>assets/katex/</c>.</summary>
    private static void WriteKatex(DirectoryInfo assets)
    {
        var assembly = typeof(SiteWriter).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("katex/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(assets.FullName, name.Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(target);
            source.CopyTo(file);
        }
    }

    /// <summary>Writes <c>report.html</c>: the timing summary and every failure.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="output">The site folder.</param>
    /// <param name="total">The build's wall time.</param>
    public void WriteReport(IReadOnlyList<LessonBuild> lessons, DirectoryInfo output, TimeSpan total)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(output);
        var body = new StringBuilder("<h1>Build report</h1><p>Per-cell results: <a href=\"report/cells.junit.xml\">JUnit XML</a> · timing: <a href=\"report/timing.md\">timing.md</a></p>");
        body.Append("<table><thead><tr><th>Notebook</th><th>Result</th><th>Code cells</th><th>Time (s)</th><th>Slowest cell (s)</th></tr></thead><tbody>");
        foreach (var (row, lesson) in Reports.BuildReports.Rows(lessons).Zip(lessons))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{Html.Encode(lesson.PageName)}\">{Html.Encode(row.Notebook)}</a></td><td class=\"status-{(lesson.Succeeded ? "passed" : "failed")}\">{Html.Encode(Reports.OutcomeText.Of(row.Result))}</td><td>{row.CodeCells}</td><td>{row.Seconds:0.0}</td><td>{Html.Encode(row.Slowest)}</td></tr>");
        }

        body.Append(CultureInfo.InvariantCulture, $"</tbody></table><p>Total wall time: {total.TotalSeconds:0.0} s.</p>");
        foreach (var lesson in lessons.Where(l => !l.Succeeded))
        {
            var failures = lesson.FormatError ?? lesson.Result?.DescribeFailures() ?? "not run";
            body.Append(CultureInfo.InvariantCulture, $"<h2>{Html.Encode(lesson.Name)}</h2><pre class=\"error\">{Html.Encode(failures)}</pre>");
        }

        File.WriteAllText(Path.Combine(output.FullName, "report.html"), Html.Page("Build report", options.Title, Navigation(null, null), body.ToString(), charts: false, options.Edition));
    }

    /// <summary>Removes the plotly.js bundle that a chart output inlines (the page loads the asset instead).</summary>
    /// <param name="html">A kernel HTML output.</param>
    /// <returns>The output without the inlined bundle.</returns>
    public string WithoutInlinePlotly(string html) =>
        Export.ChartCarrier.Remove((html ?? string.Empty).Replace("<script>" + options.InlinePlotlySource + "</script>", string.Empty, StringComparison.Ordinal));

    private static string Navigation(LessonBuild? previous, LessonBuild? next)
    {
        var nav = new StringBuilder("<nav class=\"site-nav\" aria-label=\"Course\">");
        if (previous is not null)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a rel=\"prev\" class=\"nav-prev\" href=\"{Html.Encode(previous.PageName)}\">← {Html.Encode(previous.Outline.Title)}</a>");
        }

        nav.Append("<a class=\"nav-index\" href=\"index.html\">Course map</a><a class=\"nav-glossary\" href=\"glossary.html\">Glossary</a><a class=\"nav-report\" href=\"report.html\">Build report</a>");
        if (next is not null)
        {
            nav.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" class=\"nav-next\" href=\"{Html.Encode(next.PageName)}\">{Html.Encode(next.Outline.Title)} →</a>");
        }

        return nav.Append("</nav>").ToString();
    }

    private (string Body, bool Charts) LessonBody(LessonBuild lesson, IReadOnlyDictionary<string, string> links)
    {
        var body = new StringBuilder();
        var charts = false;
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"cell-meta no-print\">{Html.Encode(lesson.Name)}{IpynbLink(lesson, " · Download .ipynb (with outputs)")}</p>");
        if (lesson.FormatError is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Encode(lesson.Outline.Title)}</h1><div class=\"build-error\" role=\"alert\"><strong>This notebook could not be read.</strong><br>{Html.Encode(lesson.FormatError)}</div>");
            return (body.ToString(), false);
        }

        if (lesson.Result?.SetupError is { } setup)
        {
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"build-error\" role=\"alert\"><strong>The kernel could not run this notebook.</strong><br>{Html.Encode(setup)}</div>");
        }

        var number = 0;
        foreach (var (kernel, source, result) in lesson.Cells())
        {
            number++;
            if (kernel is "markdown" or "md")
            {
                body.Append(CultureInfo.InvariantCulture, $"<section class=\"cell markdown\" id=\"cell-{number}\">")
                    .Append(CourseMarkdown.ToHtml(WithoutHtmlCommentLines(source), target => RewriteLink(target, links, lesson.File.Directory, addDocuments: true)))
                    .Append("</section>\n");
                continue;
            }

            var status = result?.Status ?? CellStatus.NotRun;
            var (statusClass, statusText) = status switch
            {
                CellStatus.Passed => ("passed", "passed"),
                CellStatus.Failed => ("failed", "FAILED"),
                _ => ("notrun", result?.StatusText ?? "not run"),
            };
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"cell code {statusClass}\" id=\"cell-{number}\">")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"cell-meta\">[{number}] {Html.Encode(kernel)} · <span class=\"status-{statusClass}\">{statusText}</span>")
                .Append(result is { Status: CellStatus.Passed or CellStatus.Failed } ? string.Create(CultureInfo.InvariantCulture, $" · {result.Duration.TotalSeconds:0.00} s") : string.Empty)
                .Append("</div>")
                .Append(CultureInfo.InvariantCulture, $"<pre><code class=\"language-{Html.Encode(kernel)}\">{Html.Encode(source)}</code></pre>");
            if (result is not null)
            {
                body.Append("<div class=\"outputs\">");
                foreach (var group in MergeStreams(OutputGroup.Of(result.Outputs)))
                {
                    if (group.Html is { } html)
                    {
                        charts |= html.Contains("Plotly.newPlot(", StringComparison.Ordinal);
                        var image = printImages is not null && printImages.TryGetValue(html, out var png) ? png : null;
                        body.Append(image is null ? "<div class=\"output output-html\">" : "<div class=\"output output-html has-print-image\">").Append(WithoutInlinePlotly(html));
                        if (image is not null)
                        {
                            // Printers and PDF exports get the chart as drawn at build time (the live chart is hidden in print).
                            body.Append("<img class=\"print-image\" alt=\"The chart above, as a static image for printing\" src=\"data:image/png;base64,").Append(image).Append("\">");
                        }

                        body.Append("</div>");
                    }
                    else
                    {
                        var cls = group.Kind == CellOutputKind.StandardError ? "stderr" : "text";
                        body.Append(CultureInfo.InvariantCulture, $"<div class=\"output output-{cls}\"><pre>{Html.Encode(group.Text)}</pre></div>");
                    }
                }

                foreach (var error in result.Errors)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<pre class=\"error\" role=\"alert\">{Html.Encode(error)}</pre>");
                }

                body.Append("</div>");
            }
            else if (lesson.Result is not null)
            {
                body.Append("<p class=\"cell-meta\">Not run: an earlier cell failed.</p>");
            }

            body.Append("</section>\n");
        }

        return (body.ToString(), charts);
    }

    private string IndexBody(IReadOnlyList<LessonBuild> lessons)
    {
        var body = new StringBuilder("<div class=\"prose\">");
        body.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Encode(options.Title)}</h1>");
        if (options.Description.Length > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>{Html.Encode(options.Description)}</p>");
        }

        body.Append("<blockquote><strong>Education, not medical advice.</strong> The course explains mechanisms and published findings; it does not diagnose, treat or recommend anything.</blockquote>");
        body.Append("<p>This site was built by running every lesson in the real .NET Interactive kernel. Charts are interactive and work offline. Each lesson can also be downloaded as a Jupyter notebook (.ipynb) with its outputs.</p></div>");
        body.Append("<h2>Course map</h2>");
        foreach (var part in lessons.GroupBy(l => l.Part))
        {
            body.Append(CultureInfo.InvariantCulture, $"<h3>{Html.Encode(part.Key)}</h3><ol class=\"lesson-list\">");
            foreach (var lesson in part)
            {
                var status = lesson.Succeeded ? "<span class=\"badge status-passed\">built</span>" : "<span class=\"badge status-failed\">has errors</span>";
                body.Append(CultureInfo.InvariantCulture, $"<li><h3><a href=\"{Html.Encode(lesson.PageName)}\">{Html.Encode(lesson.Outline.Title)}</a> {status}</h3>")
                    .Append(CultureInfo.InvariantCulture, $"<div class=\"cell-meta\">{Html.Encode(lesson.Name)}{IpynbLink(lesson, " · .ipynb")}</div>");
                if (lesson.Outline.Objectives.Count > 0)
                {
                    body.Append("<p>You will:</p><ul class=\"objectives\">");
                    foreach (var objective in lesson.Outline.Objectives)
                    {
                        body.Append("<li>").Append(StripParagraph(CourseMarkdown.ToHtml(objective))).Append("</li>");
                    }

                    body.Append("</ul>");
                }

                body.Append("</li>");
            }

            body.Append("</ol>");
        }

        return body.ToString();
    }

    private string GlossaryBody(IReadOnlyList<LessonBuild> lessons)
    {
        var titles = lessons.ToDictionary(l => l.Slug, l => l.Outline.Title, StringComparer.Ordinal);
        var body = new StringBuilder("<div class=\"prose\"><h1>Glossary</h1>");
        if (options.Glossary.Count == 0)
        {
            body.Append("<p>No glossary entries yet.</p>");
        }
        else if (options.Glossary.All(e => e.Definition.Length == 0))
        {
            body.Append("<p>The terms the lessons introduce in <strong>bold</strong>, with the lessons that use them. Definitions appear here when the course's content library provides its glossary.</p>");
        }

        body.Append("<dl class=\"glossary\">");
        foreach (var entry in options.Glossary.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase))
        {
            body.Append(CultureInfo.InvariantCulture, $"<dt id=\"{Html.Encode(Anchor(entry.Term))}\">{Html.Encode(entry.Term)}</dt><dd>");
            if (entry.Definition.Length > 0)
            {
                body.Append(CourseMarkdown.ToHtml(entry.Definition));
            }

            if (entry.UsedIn.Count > 0)
            {
                body.Append("<p class=\"cell-meta\">Used in: ")
                    .AppendJoin(", ", entry.UsedIn.Where(titles.ContainsKey).Select(slug => $"<a href=\"{Html.Encode(slug)}.html\">{Html.Encode(titles[slug])}</a>"))
                    .Append("</p>");
            }

            body.Append("</dd>");
        }

        return body.Append("</dl></div>").ToString();
    }

    /// <summary>Joins consecutive stdout (or stderr) writes into one block, as a console shows them.</summary>
    private static IEnumerable<OutputGroup> MergeStreams(IReadOnlyList<OutputGroup> groups)
    {
        OutputGroup? pending = null;
        foreach (var group in groups)
        {
            var stream = group.Kind is CellOutputKind.StandardOutput or CellOutputKind.StandardError && group.Html is null;
            if (stream && pending is not null && pending.Kind == group.Kind)
            {
                pending = pending with { Formats = [new CellOutput(group.Kind, "text/plain", pending.Text + group.Text)] };
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
                pending = null;
            }

            if (stream)
            {
                pending = group;
            }
            else
            {
                yield return group;
            }
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    /// <summary>A download link to the lesson's .ipynb; none for a malformed lesson (it has no .ipynb).</summary>
    private static string IpynbLink(LessonBuild lesson, string text)
    {
        if (lesson.Dib is null)
        {
            return string.Empty;
        }

        var separator = text.IndexOf('·', StringComparison.Ordinal) + 1;
        return $"{text[..separator]} <a href=\"{Html.Encode(lesson.IpynbName)}\" download>{Html.Encode(text[separator..].Trim())}</a>";
    }

    private string RewriteLink(string target, IReadOnlyDictionary<string, string> links, DirectoryInfo? folder, bool addDocuments)
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
        if (links.TryGetValue(Path.GetFileName(path), out var page))
        {
            return page + fragment;
        }

        return DocumentPage(path, folder, addDocuments) is { } document ? document + fragment : "#";
    }

    private string? DocumentPage(string path, DirectoryInfo? folder, bool add)
    {
        if (folder is null || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(Uri.UnescapeDataString(path)))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder.FullName, Uri.UnescapeDataString(path)));
        var inside = documentRoot is not null && full.StartsWith(documentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (documents.TryGetValue(full, out var page) || !add || !inside || !File.Exists(full))
        {
            return page;
        }

        var stem = "doc-" + NonWord().Replace(Path.GetFileNameWithoutExtension(full).ToLowerInvariant(), "-").Trim('-');
        page = stem + ".html";
        for (var n = 2; documents.ContainsValue(page); n++)
        {
            page = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.html");
        }

        documents[full] = page;
        return page;
    }

    /// <summary>Copies an image that a document shows (for example docs/images/x.png) into assets/, and returns its site path.</summary>
    private static string? LocalImage(string target, DirectoryInfo? folder, DirectoryInfo output)
    {
        string[] images = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"];
        if (folder is null || target.Contains('#', StringComparison.Ordinal) || Path.IsPathRooted(Uri.UnescapeDataString(target)) || !images.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var source = new FileInfo(Path.GetFullPath(Path.Combine(folder.FullName, Uri.UnescapeDataString(target))));
        if (!source.Exists)
        {
            return null;
        }

        var assets = Directory.CreateDirectory(Path.Combine(output.FullName, "assets", "docs"));
        source.CopyTo(Path.Combine(assets.FullName, source.Name), overwrite: true);
        return "assets/docs/" + Uri.EscapeDataString(source.Name);
    }

    /// <summary>
    /// Writes one page per linked Markdown document. A document's own links to Markdown files in the repository
    /// (for example docs/x.md → ../README.md) add pages too, until none is left; other local files are not part of the site.
    /// </summary>
    private void WriteDocuments(IReadOnlyDictionary<string, string> links, DirectoryInfo output)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        while (documents.FirstOrDefault(d => !written.Contains(d.Key)) is { Key: { } full, Value: { } page })
        {
            written.Add(full);
            var markdown = File.ReadAllText(full);
            var title = markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? Path.GetFileName(full);
            var folder = new FileInfo(full).Directory;
            var body = "<div class=\"prose\">" + CourseMarkdown.ToHtml(markdown, target => LocalImage(target, folder, output) ?? RewriteLink(target, links, folder, addDocuments: true)) + "</div>";
            File.WriteAllText(Path.Combine(output.FullName, page), Html.Page(title, options.Title, Navigation(null, null), body, charts: false, options.Edition));
        }
    }

    /// <summary>Anchor id for a glossary term.</summary>
    internal static string Anchor(string term) => "term-" + NonWord().Replace(term.ToLowerInvariant(), "-").Trim('-');

    private static string StripParagraph(string html)
    {
        var trimmed = html.Trim();
        return trimmed.StartsWith("<p>", StringComparison.Ordinal) && trimmed.EndsWith("</p>", StringComparison.Ordinal) ? trimmed[3..^4] : trimmed;
    }

    private static string WithoutHtmlCommentLines(string markdown) =>
        string.Join("\n", markdown.Split('\n').Where(l => !HtmlCommentLine().IsMatch(l)));

    [GeneratedRegex("^\\s*<!--.*-->\\s*$")]
    private static partial Regex HtmlCommentLine();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

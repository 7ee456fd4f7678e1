using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Site;

/// <summary>
/// The page of one lesson: rendered Markdown, every code cell with its status and outputs (text encoded,
/// HTML outputs prepared by <see cref="NotebookHtml"/>), failures, and the print image of each chart.
/// </summary>
/// <param name="options">Site options (trust of notebook HTML).</param>
/// <param name="links">Where the lesson's links go.</param>
/// <param name="printImages">PNG images (base64) by chart output HTML, or null.</param>
internal sealed partial class LessonPage(SiteOptions options, SiteLinks links, IReadOnlyDictionary<string, string>? printImages)
{
    /// <summary>Writes the lesson's body.</summary>
    /// <param name="lesson">The built lesson.</param>
    /// <returns>The body and whether it has charts.</returns>
    internal (string Body, bool Charts) Body(LessonBuild lesson)
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
                    .Append(CourseMarkdown.ToHtml(WithoutHtmlCommentLines(source), target => links.Rewrite(target, lesson.File.Directory)))
                    .Append("</section>\n");
                continue;
            }

            charts |= AppendCodeCell(body, number, kernel, source, result, ranBefore: lesson.Result is not null);
        }

        return (body.ToString(), charts);
    }

    /// <summary>A download link to the lesson's .ipynb; none for a malformed lesson (it has no .ipynb).</summary>
    internal static string IpynbLink(LessonBuild lesson, string text)
    {
        if (lesson.Dib is null)
        {
            return string.Empty;
        }

        var separator = text.IndexOf('·', StringComparison.Ordinal) + 1;
        return $"{text[..separator]} <a href=\"{Html.Encode(lesson.IpynbName)}\" download>{Html.Encode(text[separator..].Trim())}</a>";
    }

    /// <summary>Appends a code cell with its outputs; returns whether it showed a chart.</summary>
    private bool AppendCodeCell(StringBuilder body, int number, string kernel, string source, CellResult? result, bool ranBefore)
    {
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
        var charts = false;
        if (result is not null)
        {
            body.Append("<div class=\"outputs\">");
            foreach (var block in CellOutputBlocks.Of(OutputGroup.Of(result.Outputs)))
            {
                if (block.Html is { } html)
                {
                    charts |= NotebookHtml.HasChart(html);
                    AppendHtmlOutput(body, html);
                }
                else
                {
                    var cls = block.Truncation ? "truncated" : block.Kind == CellOutputKind.StandardError ? "stderr" : "text";
                    body.Append(CultureInfo.InvariantCulture, $"<div class=\"output output-{cls}\"><pre>{Html.Encode(block.Text)}</pre></div>");
                }
            }

            foreach (var error in result.Errors)
            {
                body.Append(CultureInfo.InvariantCulture, $"<pre class=\"error\" role=\"alert\">{Html.Encode(error)}</pre>");
            }

            body.Append("</div>");
        }
        else if (ranBefore)
        {
            body.Append("<p class=\"cell-meta\">Not run: an earlier cell failed.</p>");
        }

        body.Append("</section>\n");
        return charts;
    }

    private void AppendHtmlOutput(StringBuilder body, string html)
    {
        var image = printImages is not null && printImages.TryGetValue(html, out var png) ? png : null;
        body.Append(image is null ? "<div class=\"output output-html\">" : "<div class=\"output output-html has-print-image\">")
            .Append(NotebookHtml.ForSite(html, options.TrustNotebookHtml));
        if (image is not null)
        {
            // Printers and PDF exports get the chart as drawn at build time (the live chart is hidden in print).
            body.Append("<img class=\"print-image\" alt=\"The chart above, as a static image for printing\" src=\"data:image/png;base64,").Append(image).Append("\">");
        }

        body.Append("</div>");
    }

    private static string WithoutHtmlCommentLines(string markdown) =>
        string.Join("\n", markdown.Split('\n').Where(l => !HtmlCommentLine().IsMatch(l)));

    [GeneratedRegex("^\\s*<!--.*-->\\s*$")]
    private static partial Regex HtmlCommentLine();
}

using System.Globalization;
using System.Text;
using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Site;

/// <summary>The course map (<c>index.html</c>): title, description, and each lesson by part with its objectives, status and .ipynb.</summary>
internal static class IndexPage
{
    /// <summary>Writes the page body.</summary>
    /// <param name="options">The course title and description.</param>
    /// <param name="lessons">The built lessons in course order.</param>
    /// <returns>The body.</returns>
    internal static string Body(SiteOptions options, IReadOnlyList<LessonBuild> lessons)
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
                    .Append(CultureInfo.InvariantCulture, $"<div class=\"cell-meta\">{Html.Encode(lesson.Name)}{LessonPage.IpynbLink(lesson, " · .ipynb")}</div>");
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

    private static string StripParagraph(string html)
    {
        var trimmed = html.Trim();
        return trimmed.StartsWith("<p>", StringComparison.Ordinal) && trimmed.EndsWith("</p>", StringComparison.Ordinal) ? trimmed[3..^4] : trimmed;
    }
}

using System.Globalization;
using System.Text;
using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Site;

/// <summary>The build report (<c>report.html</c>): the timing summary and every failure.</summary>
internal static class ReportPage
{
    /// <summary>Writes the page body.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="total">The build's wall time.</param>
    /// <returns>The body.</returns>
    internal static string Body(IReadOnlyList<LessonBuild> lessons, TimeSpan total)
    {
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

        return body.ToString();
    }
}

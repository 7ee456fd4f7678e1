using System.Text;

namespace NeuroBalance.Exercises.Display;

/// <summary>Renders a <see cref="ProgressSummary"/> as a notebook HTML table.</summary>
internal static class ProgressSummaryHtml
{
    /// <summary>Renders the summary as an HTML table.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this ProgressSummary summary)
    {
        var html = new StringBuilder(ExerciseHtml.Open("progress", summary.Notebook, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>☰ ").Append(ExerciseHtml.Encode(summary.Headline)).Append("</strong></p>")
            .Append("<table><thead><tr><th>Exercise</th><th>Kind</th><th>State</th><th>Hints seen</th></tr></thead><tbody>");
        foreach (var row in summary.Rows)
        {
            html.Append("<tr><td>").Append(ExerciseHtml.Encode(row.Title)).Append(" <code>").Append(ExerciseHtml.Encode(row.Id)).Append("</code></td><td>")
                .Append(ExerciseHtml.Encode(Exercise.KindLabel(row.Kind))).Append("</td><td>").Append(ExerciseHtml.Encode(row.State))
                .Append("</td><td>").Append(row.Record.HintsRevealed).Append(" of ").Append(row.HintCount).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"nb-ex-notice\">").Append(ExerciseHtml.Encode(summary.SavedNote)).Append("</p>");
        if (summary.Warning is not null)
        {
            html.Append("<p class=\"nb-ex-notice\">⚠ ").Append(ExerciseHtml.Encode(summary.Warning)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }
}

using System.Text;

namespace NeuroBalance.Exercises.Display;

/// <summary>Renders <see cref="Feedback"/> as self-contained notebook HTML.</summary>
internal static class FeedbackHtml
{
    /// <summary>Renders the feedback as self-contained HTML (all text encoded; styles that read well in light and dark themes).</summary>
    /// <param name="feedback">The feedback.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this Feedback feedback)
    {
        var html = new StringBuilder();
        html.Append(ExerciseHtml.Open("feedback", feedback.ExerciseId, feedback.StatusWord))
            .Append("<p class=\"nb-ex-head\"><strong>").Append(ExerciseHtml.Encode(feedback.Headline))
            .Append("</strong> · ").Append(ExerciseHtml.Encode(feedback.Title)).Append("</p>")
            .Append("<p>").Append(ExerciseHtml.Inline(feedback.Summary)).Append("</p>");
        if (feedback.Comparison.Count > 0)
        {
            html.Append("<table class=\"nb-ex-comparison\"><tbody>");
            foreach (var row in feedback.Comparison)
            {
                html.Append("<tr><th scope=\"row\">").Append(ExerciseHtml.Encode(row.Label)).Append("</th><td>")
                    .Append(ExerciseHtml.Encode(row.Value)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (feedback.Criteria.Count > 0)
        {
            html.Append("<ul class=\"nb-ex-criteria\">");
            foreach (var c in feedback.Criteria)
            {
                html.Append("<li data-passed=\"").Append(c.Passed ? "true" : "false").Append("\"><span class=\"nb-ex-mark\">")
                    .Append(c.Passed ? "✔ Passed" : "✘ Not yet").Append("</span> <strong>").Append(ExerciseHtml.Encode(c.Name))
                    .Append("</strong>: ").Append(ExerciseHtml.Inline(c.Why)).Append("</li>");
            }

            html.Append("</ul>");
        }

        foreach (var explanation in feedback.Explanations)
        {
            html.Append("<p class=\"nb-ex-explanation\">").Append(ExerciseHtml.Inline(explanation)).Append("</p>");
        }

        if (feedback.NextStep.Length > 0)
        {
            html.Append("<p class=\"nb-ex-next\">").Append(ExerciseHtml.Inline(feedback.NextStep)).Append("</p>");
        }

        if (feedback.Notice.Length > 0)
        {
            html.Append("<p class=\"nb-ex-notice\">ℹ ").Append(ExerciseHtml.Inline(feedback.Notice)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }
}

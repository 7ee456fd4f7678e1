using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Exercises;

/// <summary>
/// What a learner sees after <see cref="Exercise.Check(object)"/>: the outcome, a summary, each criterion
/// with why it passed or failed, and the next step. Shown as HTML in a notebook. Immutable.
/// </summary>
/// <remarks>
/// The HTML carries <c>data-exercise-id</c> and <c>data-status</c> (<c>passed</c>, <c>failed</c>,
/// <c>learner-error</c>, <c>not-attempted</c>) on its root element, so tools can read the outcome.
/// The outcome is always spelled out in words and marked with a symbol, never by colour alone.
/// </remarks>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed record Feedback
{
    /// <summary>Creates feedback.</summary>
    /// <param name="exerciseId">The exercise's id.</param>
    /// <param name="title">The exercise's title.</param>
    /// <param name="status">The outcome.</param>
    /// <param name="summary">One or two sentences that say what happened.</param>
    public Feedback(string exerciseId, string title, FeedbackStatus status, string summary)
    {
        ExerciseId = exerciseId;
        Title = title;
        Status = status;
        Summary = summary;
    }

    /// <summary>Gets the exercise's id.</summary>
    public string ExerciseId { get; }

    /// <summary>Gets the exercise's title.</summary>
    public string Title { get; }

    /// <summary>Gets the outcome.</summary>
    public FeedbackStatus Status { get; }

    /// <summary>Gets whether the answer passed.</summary>
    public bool Passed => Status == FeedbackStatus.Passed;

    /// <summary>Gets one or two sentences that say what happened.</summary>
    public string Summary { get; }

    /// <summary>Gets each criterion checked, with why it passed or failed.</summary>
    public IReadOnlyList<Criterion> Criteria { get; init; } = [];

    /// <summary>Gets a side-by-side comparison (prediction exercises); may be empty.</summary>
    public IReadOnlyList<ComparisonRow> Comparison { get; init; } = [];

    /// <summary>Gets explanations to show, e.g. of every option once a multiple-choice question is solved.</summary>
    public IReadOnlyList<string> Explanations { get; init; } = [];

    /// <summary>Gets what to do next (try again, ask for a hint); may be empty.</summary>
    public string NextStep { get; init; } = string.Empty;

    /// <summary>Gets a notice about saved progress (e.g. an unreadable progress file); may be empty.</summary>
    public string Notice { get; init; } = string.Empty;

    /// <summary>Gets the outcome as the lowercase word used in the HTML's <c>data-status</c>.</summary>
    public string StatusWord => ExerciseHtml.StatusWord(Status);

    /// <summary>Renders the feedback as self-contained HTML (all text encoded; styles that read well in light and dark themes).</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append(ExerciseHtml.Open("feedback", ExerciseId, StatusWord))
            .Append("<p class=\"nb-ex-head\"><strong>").Append(ExerciseHtml.Encode(ExerciseHtml.StatusHeadline(Status)))
            .Append("</strong> · ").Append(ExerciseHtml.Encode(Title)).Append("</p>")
            .Append("<p>").Append(ExerciseHtml.Inline(Summary)).Append("</p>");
        if (Comparison.Count > 0)
        {
            html.Append("<table class=\"nb-ex-comparison\"><tbody>");
            foreach (var row in Comparison)
            {
                html.Append("<tr><th scope=\"row\">").Append(ExerciseHtml.Encode(row.Label)).Append("</th><td>")
                    .Append(ExerciseHtml.Encode(row.Value)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (Criteria.Count > 0)
        {
            html.Append("<ul class=\"nb-ex-criteria\">");
            foreach (var c in Criteria)
            {
                html.Append("<li data-passed=\"").Append(c.Passed ? "true" : "false").Append("\"><span class=\"nb-ex-mark\">")
                    .Append(c.Passed ? "✔ Passed" : "✘ Not yet").Append("</span> <strong>").Append(ExerciseHtml.Encode(c.Name))
                    .Append("</strong>: ").Append(ExerciseHtml.Inline(c.Why)).Append("</li>");
            }

            html.Append("</ul>");
        }

        foreach (var explanation in Explanations)
        {
            html.Append("<p class=\"nb-ex-explanation\">").Append(ExerciseHtml.Inline(explanation)).Append("</p>");
        }

        if (NextStep.Length > 0)
        {
            html.Append("<p class=\"nb-ex-next\">").Append(ExerciseHtml.Inline(NextStep)).Append("</p>");
        }

        if (Notice.Length > 0)
        {
            html.Append("<p class=\"nb-ex-notice\">ℹ ").Append(ExerciseHtml.Inline(Notice)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>Describes the feedback as plain text.</summary>
    /// <returns>The headline, summary, criteria and next step, one per line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(ExerciseHtml.StatusHeadline(Status)).Append(" · ").AppendLine(Title)
            .AppendLine(Summary);
        foreach (var row in Comparison)
        {
            text.Append(row.Label).Append(": ").AppendLine(row.Value);
        }

        foreach (var c in Criteria)
        {
            text.Append(c.Passed ? "✔ " : "✘ ").Append(c.Name).Append(": ").AppendLine(c.Why);
        }

        foreach (var explanation in Explanations)
        {
            text.AppendLine(explanation);
        }

        if (NextStep.Length > 0)
        {
            text.AppendLine(NextStep);
        }

        if (Notice.Length > 0)
        {
            text.AppendLine(Notice);
        }

        return text.ToString().TrimEnd();
    }
}

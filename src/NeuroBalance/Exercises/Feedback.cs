using System.Text;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Exercises;

/// <summary>
/// What a learner sees after <see cref="Exercise.Check(object)"/>: the outcome, a summary, each criterion
/// with why it passed or failed, and the next step. Immutable; shown as HTML in a notebook by
/// <see cref="FeedbackHtml"/> (the model does not render itself).
/// </summary>
/// <remarks>
/// The HTML carries <c>data-exercise-id</c> and <c>data-status</c> (<c>passed</c>, <c>failed</c>,
/// <c>learner-error</c>, <c>checker-fault</c>, <c>not-attempted</c>) on its root element, so tools can read the outcome.
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
    public string StatusWord => Status switch
    {
        FeedbackStatus.Passed => "passed",
        FeedbackStatus.Failed => "failed",
        FeedbackStatus.LearnerError => "learner-error",
        FeedbackStatus.CheckerFault => "checker-fault",
        _ => "not-attempted",
    };

    /// <summary>Gets the outcome in words with its symbol, e.g. "✔ Passed".</summary>
    public string Headline => Status switch
    {
        FeedbackStatus.Passed => "✔ Passed",
        FeedbackStatus.Failed => "✘ Not yet right",
        FeedbackStatus.LearnerError => "⚠ Your answer could not be checked",
        FeedbackStatus.CheckerFault => "⚠ The exercise itself failed",
        _ => "○ Not yet attempted",
    };

    /// <summary>Describes the feedback as plain text.</summary>
    /// <returns>The headline, summary, criteria and next step, one per line.</returns>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Headline).Append(" · ").AppendLine(Title)
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

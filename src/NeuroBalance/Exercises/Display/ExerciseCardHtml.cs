using System.Text;

namespace NeuroBalance.Exercises.Display;

/// <summary>Renders an <see cref="Exercise"/> as its card: title, kind, question, options, how to answer, hints available, sources.</summary>
internal static class ExerciseCardHtml
{
    /// <summary>Renders the exercise card as self-contained HTML.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this Exercise exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var html = new StringBuilder(ExerciseHtml.Open("card", exercise.Id, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>✎ Exercise · ").Append(ExerciseHtml.Encode(Exercise.KindLabel(exercise.Kind)))
            .Append("</strong> · ").Append(ExerciseHtml.Encode(exercise.Title)).Append("</p>")
            .Append("<p>").Append(ExerciseHtml.Inline(exercise.Prompt)).Append("</p>");
        if (exercise is MultipleChoiceExercise multipleChoice)
        {
            html.Append("<ol type=\"A\" class=\"nb-ex-choices\">");
            foreach (var choice in multipleChoice.Choices)
            {
                html.Append("<li>").Append(ExerciseHtml.Inline(choice.Text)).Append("</li>");
            }

            html.Append("</ol>");
        }

        html.Append("<p><strong>Answer with</strong> ").Append(ExerciseHtml.Inline(exercise.HowToAnswer)).Append(". ")
            .Append(ExerciseHtml.Encode(exercise.Hints.Count == 1 ? "1 hint is" : $"{exercise.Hints.Count} hints are"))
            .Append(" available with <code>.Hint()</code>.</p>");
        ExerciseHtml.AppendSources(html, exercise.Sources, exercise.Evidence);
        return html.Append("</div>").ToString();
    }
}

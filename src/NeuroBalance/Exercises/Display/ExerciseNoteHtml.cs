using System.Text;

namespace NeuroBalance.Exercises.Display;

/// <summary>Renders an <see cref="ExerciseNote"/> (hints, or the reference solution) as notebook HTML.</summary>
internal static class ExerciseNoteHtml
{
    /// <summary>Renders the note as self-contained HTML.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(this ExerciseNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Kind switch
        {
            ExerciseNoteKind.Hints => Hints(note),
            ExerciseNoteKind.SolutionWithheld => new StringBuilder(ExerciseHtml.Open("solution", note.ExerciseId, "info"))
                .Append("<p class=\"nb-ex-head\"><strong>ℹ Solution not shown yet</strong> · ").Append(ExerciseHtml.Encode(note.Title)).Append("</p><p>")
                .Append(ExerciseHtml.Inline(note.Message)).Append("</p></div>").ToString(),
            _ => Solution(note),
        };
    }

    private static string Hints(ExerciseNote note)
    {
        var html = new StringBuilder(ExerciseHtml.Open("hint", note.ExerciseId, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>ℹ Hints</strong> · ").Append(ExerciseHtml.Encode(note.Title)).Append("</p>");
        if (note.HintCount == 0)
        {
            return html.Append("<p>").Append(ExerciseHtml.Inline(note.Message)).Append("</p></div>").ToString();
        }

        html.Append("<ul class=\"nb-ex-hints\">");
        for (var i = 0; i < note.HintsSeen.Count; i++)
        {
            html.Append("<li><strong>Hint ").Append(i + 1).Append(" of ").Append(note.HintCount).Append(":</strong> ")
                .Append(ExerciseHtml.Inline(note.HintsSeen[i])).Append("</li>");
        }

        return html.Append("</ul><p class=\"nb-ex-next\">").Append(ExerciseHtml.Inline(note.Message)).Append("</p></div>").ToString();
    }

    private static string Solution(ExerciseNote note)
    {
        var html = new StringBuilder(ExerciseHtml.Open("solution", note.ExerciseId, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>✎ Reference solution</strong> · ").Append(ExerciseHtml.Encode(note.Title)).Append("</p>")
            .Append("<details><summary>Show the reference solution</summary>").Append(ExerciseHtml.Code(note.ReferenceSolution));
        if (note.SolutionExplanation.Length > 0)
        {
            html.Append("<p>").Append(ExerciseHtml.Inline(note.SolutionExplanation)).Append("</p>");
        }

        html.Append("</details>");
        ExerciseHtml.AppendSources(html, note.Sources, note.Evidence);
        return html.Append("</div>").ToString();
    }
}

using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Exercises;

/// <summary>Progress in one notebook: n of m exercises solved, with a line per exercise. Immutable.</summary>
/// <param name="Notebook">The notebook's name.</param>
/// <param name="Rows">One row per exercise, in the set's order.</param>
/// <param name="SavedTo">The progress file, or null when progress is not saved.</param>
/// <param name="Warning">A problem with the progress file, or null.</param>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed record ProgressSummary(string Notebook, IReadOnlyList<ProgressRow> Rows, string? SavedTo, string? Warning)
{
    /// <summary>Gets how many exercises are solved.</summary>
    public int Solved => Rows.Count(r => r.Record.Solved);

    /// <summary>Gets how many exercises the notebook has.</summary>
    public int Total => Rows.Count;

    /// <summary>Gets the headline, e.g. "09-my-topic: 2 of 4 exercises solved".</summary>
    public string Headline => $"{Notebook}: {Solved} of {Total} exercises solved";

    /// <summary>Renders the summary as an HTML table.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder(ExerciseHtml.Open("progress", Notebook, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>☰ ").Append(ExerciseHtml.Encode(Headline)).Append("</strong></p>")
            .Append("<table><thead><tr><th>Exercise</th><th>Kind</th><th>State</th><th>Hints seen</th></tr></thead><tbody>");
        foreach (var row in Rows)
        {
            html.Append("<tr><td>").Append(ExerciseHtml.Encode(row.Title)).Append(" <code>").Append(ExerciseHtml.Encode(row.Id)).Append("</code></td><td>")
                .Append(ExerciseHtml.Encode(Exercise.KindLabel(row.Kind))).Append("</td><td>").Append(ExerciseHtml.Encode(row.State))
                .Append("</td><td>").Append(row.Record.HintsRevealed).Append(" of ").Append(row.HintCount).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"nb-ex-notice\">").Append(ExerciseHtml.Encode(SavedNote)).Append("</p>");
        if (Warning is not null)
        {
            html.Append("<p class=\"nb-ex-notice\">⚠ ").Append(ExerciseHtml.Encode(Warning)).Append("</p>");
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>Describes the summary as text, one exercise per line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Headline).AppendLine();
        foreach (var row in Rows)
        {
            text.AppendLine($"  {row.State,-32} {row.Id} ({row.Record.HintsRevealed} of {row.HintCount} hints seen)");
        }

        text.AppendLine(SavedNote);
        if (Warning is not null)
        {
            text.AppendLine("⚠ " + Warning);
        }

        return text.ToString().TrimEnd();
    }

    private string SavedNote => SavedTo is null
        ? "Progress is kept until the kernel restarts (saving is off)."
        : $"Progress is saved on this computer only, in {SavedTo}.";
}

using System.Text;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;

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

    /// <summary>Gets where progress is kept, in one sentence.</summary>
    public string SavedNote => SavedTo is null
        ? "Progress is kept until the kernel restarts (saving is off)."
        : $"Progress is saved on this computer only, in {SavedTo}.";
}

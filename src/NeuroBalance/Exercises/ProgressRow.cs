namespace NeuroBalance.Exercises;

/// <summary>One exercise's line in a <see cref="ProgressSummary"/>.</summary>
/// <param name="Id">The exercise's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Record">What the progress book remembers about it.</param>
/// <param name="HintCount">How many hints it has.</param>
public sealed record ProgressRow(string Id, string Title, ExerciseKind Kind, ExerciseRecord Record, int HintCount)
{
    /// <summary>Gets the state in words, e.g. "✔ solved", "… 2 attempts, not solved yet", "○ not yet attempted".</summary>
    public string State => Record switch
    {
        { Solved: true } => "✔ solved",
        { Attempts: > 0 } => $"… {Record.Attempts} {(Record.Attempts == 1 ? "attempt" : "attempts")}, not solved yet",
        _ => "○ not yet attempted",
    };
}

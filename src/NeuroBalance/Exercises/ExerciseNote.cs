using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises;

/// <summary>
/// What <see cref="Exercise.Hint()"/> and <see cref="Exercise.Solution(bool)"/> answer: the hints seen so far,
/// or the reference solution (or why it is not shown yet). Immutable; shown as HTML in a notebook by
/// <see cref="ExerciseNoteHtml"/>.
/// </summary>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed record ExerciseNote
{
    internal ExerciseNote(Exercise exercise, ExerciseNoteKind kind, string message)
    {
        ExerciseId = exercise.Id;
        Title = exercise.Title;
        Kind = kind;
        Message = message;
        HintCount = exercise.Hints.Count;
        Sources = exercise.Sources;
        Evidence = exercise.Evidence;
    }

    /// <summary>Gets the exercise's id.</summary>
    public string ExerciseId { get; }

    /// <summary>Gets the exercise's title.</summary>
    public string Title { get; }

    /// <summary>Gets what the note shows.</summary>
    public ExerciseNoteKind Kind { get; }

    /// <summary>Gets the note's sentence (with <c>`code`</c> marks): what comes next, or why the solution is not shown yet; may be empty.</summary>
    public string Message { get; }

    /// <summary>Gets the hints revealed so far, the newest last (for <see cref="ExerciseNoteKind.Hints"/>).</summary>
    public IReadOnlyList<string> HintsSeen { get; init; } = [];

    /// <summary>Gets how many hints the exercise has.</summary>
    public int HintCount { get; }

    /// <summary>Gets the reference solution (for <see cref="ExerciseNoteKind.Solution"/>); otherwise empty.</summary>
    public string ReferenceSolution { get; init; } = string.Empty;

    /// <summary>Gets why the reference solution is right (for <see cref="ExerciseNoteKind.Solution"/>); may be empty.</summary>
    public string SolutionExplanation { get; init; } = string.Empty;

    /// <summary>Gets the exercise's sources, shown with the solution.</summary>
    public IReadOnlyList<Citation> Sources { get; }

    /// <summary>Gets the evidence level of the exercise's science.</summary>
    public EvidenceLevel Evidence { get; }

    /// <summary>Gets the same content as plain text.</summary>
    public string Text => Kind switch
    {
        ExerciseNoteKind.Hints when HintCount == 0 => $"Hints · {Title}{Environment.NewLine}{Message}",
        ExerciseNoteKind.Hints => $"Hints · {Title}{Environment.NewLine}" +
                                  string.Concat(HintsSeen.Select((h, i) => $"Hint {i + 1} of {HintCount}: {h}{Environment.NewLine}")) + Message,
        ExerciseNoteKind.SolutionWithheld => $"Solution not shown yet · {Title}{Environment.NewLine}{Message}",
        _ => $"Reference solution · {Title}{Environment.NewLine}{ReferenceSolution}{Environment.NewLine}{SolutionExplanation}".TrimEnd(),
    };

    /// <summary>Returns the plain-text content.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}

namespace NeuroBalance.Exercises;

/// <summary>
/// The session side of an exercise: records each checked answer, hint and solution in a progress book and
/// words the next step (try again, ask for a hint, see your progress). Pure wording and bookkeeping; the
/// HTML is <see cref="Display.FeedbackHtml"/>'s and <see cref="Display.ExerciseNoteHtml"/>'s.
/// </summary>
internal static class ExerciseCoach
{
    /// <summary>Checks an answer, records the attempt (not for a placeholder or a checker fault) and completes the feedback.</summary>
    internal static Feedback Check(Exercise exercise, object? answer, ProgressBook book)
    {
        var feedback = ExerciseChecker.Run(exercise, answer);
        var record = feedback.Status == FeedbackStatus.CheckerFault ? book[exercise.Id] : book.RecordAttempt(exercise.Id, feedback.Status);
        return feedback with { NextStep = NextStep(exercise, feedback.Status, record), Notice = book.TakeNotice() };
    }

    /// <summary>Reveals the next hint.</summary>
    internal static ExerciseNote Hint(Exercise exercise, ProgressBook book)
    {
        if (exercise.Hints.Count == 0)
        {
            return new ExerciseNote(exercise, ExerciseNoteKind.Hints, "This exercise has no hints. `.Solution()` shows the reference solution.");
        }

        var seen = book.RevealHint(exercise.Id, exercise.Hints.Count);
        var left = exercise.Hints.Count - seen;
        var next = left > 0
            ? $"{left} more {(left == 1 ? "hint" : "hints")}: run `.Hint()` again when you want the next one."
            : "That was the last hint. `.Solution()` now shows the reference solution.";
        return new ExerciseNote(exercise, ExerciseNoteKind.Hints, next) { HintsSeen = exercise.Hints.Take(seen).ToArray() };
    }

    /// <summary>Shows the reference solution once the hints are seen or the exercise is solved (or when asked to skip them).</summary>
    internal static ExerciseNote Solution(Exercise exercise, bool skipRemainingHints, ProgressBook book)
    {
        var record = book[exercise.Id];
        var count = exercise.Hints.Count;
        var left = count - record.HintsRevealed;
        if (left > 0 && !record.Solved && !skipRemainingHints)
        {
            return new ExerciseNote(exercise, ExerciseNoteKind.SolutionWithheld,
                $"The reference solution comes after the hints, and {left} of {count} {(count == 1 ? "hint is" : "hints are")} still unseen. " +
                "Run `.Hint()` for the next one. If you want the solution now anyway, run `.Solution(skipRemainingHints: true)`.");
        }

        book.MarkSolutionShown(exercise.Id);
        return new ExerciseNote(exercise, ExerciseNoteKind.Solution, string.Empty)
        {
            ReferenceSolution = exercise.ReferenceSolution,
            SolutionExplanation = exercise.SolutionExplanation,
        };
    }

    private static string NextStep(Exercise exercise, FeedbackStatus status, ExerciseRecord record)
    {
        var get = $"`Exercise.Get(\"{exercise.Id}\")`";
        var count = exercise.Hints.Count;
        var left = count - record.HintsRevealed;
        var hint = left > 0
            ? $"Stuck? `.Hint()` on {get} reveals hint {record.HintsRevealed + 1} of {count}."
            : "You have seen every hint; `.Solution()` shows the reference solution.";
        return status switch
        {
            FeedbackStatus.Passed => string.IsNullOrEmpty(exercise.Notebook)
                ? "Well done."
                : $"Well done. `Exercise.Progress(\"{exercise.Notebook}\")` shows your progress in this notebook.",
            FeedbackStatus.NotAttempted => left switch
            {
                0 => string.Empty,
                _ when record.HintsRevealed == 0 => $"{left} {(left == 1 ? "hint is" : "hints are")} available with `.Hint()` if you want them.",
                _ => $"{left} more {(left == 1 ? "hint is" : "hints are")} available with `.Hint()`.",
            },
            FeedbackStatus.CheckerFault => "Meanwhile, `.Solution(skipRemainingHints: true)` shows the reference solution, and the lesson goes on.",
            _ => "Try again. " + hint,
        };
    }
}

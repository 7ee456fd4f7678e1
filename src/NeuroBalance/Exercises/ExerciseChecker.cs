namespace NeuroBalance.Exercises;

/// <summary>
/// Runs an exercise's check so that a fault in the exercise itself (its checker, reference function or
/// lesson values) is reported as <see cref="FeedbackStatus.CheckerFault"/>, never blamed on the learner.
/// </summary>
internal static class ExerciseChecker
{
    /// <summary>Evaluates an answer; an exception from the exercise becomes checker-fault feedback.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="answer">The learner's answer.</param>
    /// <returns>The feedback.</returns>
    internal static Feedback Run(Exercise exercise, object? answer)
    {
        try
        {
            return exercise.Evaluate(answer);
        }
        catch (Exception e)
        {
            return Fault(exercise, e);
        }
    }

    /// <summary>The feedback for a fault in the exercise: what failed, that it is not the learner's mistake, and to report it.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="fault">What failed.</param>
    /// <returns>Checker-fault feedback.</returns>
    internal static Feedback Fault(Exercise exercise, Exception fault)
    {
        var cause = fault is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : fault;
        return new Feedback(exercise.Id, exercise.Title, FeedbackStatus.CheckerFault,
            $"The exercise itself failed while checking your answer: please report this (exercise `{exercise.Id}`, {cause.GetType().Name}: {cause.Message}). " +
            "It is not a mistake in your answer, and it does not count as an attempt.");
    }
}

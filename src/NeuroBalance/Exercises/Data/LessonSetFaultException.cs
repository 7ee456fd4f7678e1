namespace NeuroBalance.Exercises;

/// <summary>
/// Thrown by <see cref="Exercise.Get"/> when one lesson's exercises cannot be built because the lesson's
/// own code failed (a bug in the course, not the learner's mistake). Other lessons are not affected.
/// </summary>
public sealed class LessonSetFaultException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lesson">The lesson whose exercises could not be built.</param>
    /// <param name="cause">What failed in the lesson's code.</param>
    public LessonSetFaultException(string lesson, Exception cause)
        : base(
            $"The exercises of lesson '{lesson}' could not be built: its code failed with {cause?.GetType().Name}: {cause?.Message} " +
            "This is a fault in the course, not in your work; please report it. Exercises of other lessons still work.",
            cause)
    {
        Lesson = lesson;
    }

    /// <summary>Gets the lesson whose exercises could not be built.</summary>
    public string Lesson { get; }
}

using NeuroBalance.Course.Building;

namespace NeuroBalance.Course.Reports;

/// <summary>How outcomes read in reports, pages and the console (the only place their words are written).</summary>
public static class OutcomeText
{
    /// <summary>Gets the word for a lesson's outcome: <c>passed</c>, <c>FAILED</c> or <c>MALFORMED</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The word.</returns>
    public static string Of(LessonOutcome outcome) => outcome switch
    {
        LessonOutcome.Passed => "passed",
        LessonOutcome.Failed => "FAILED",
        LessonOutcome.Malformed => "MALFORMED",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown lesson outcome."),
    };
}

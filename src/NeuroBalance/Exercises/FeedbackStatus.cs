namespace NeuroBalance.Exercises;

/// <summary>The outcome of checking an answer.</summary>
public enum FeedbackStatus
{
    /// <summary>No answer yet (null, or the placeholder was left as it is).</summary>
    NotAttempted,

    /// <summary>Every criterion passed.</summary>
    Passed,

    /// <summary>The answer was checked and at least one criterion failed.</summary>
    Failed,

    /// <summary>The answer could not be checked: wrong type, an exception or a time-out in the learner's code, NaN.</summary>
    LearnerError,

    /// <summary>
    /// The exercise itself failed while checking (a bug in its checker, reference or lesson code), not the
    /// learner's answer. Never counted as an attempt; the feedback asks the learner to report it.
    /// </summary>
    CheckerFault,
}

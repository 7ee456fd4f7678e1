namespace NeuroBalance.Exercises;

/// <summary>What happened when a learner's function was called once.</summary>
/// <param name="Result">The returned value, when it returned.</param>
/// <param name="Error">The exception it threw, or null.</param>
/// <param name="TimedOut">Whether it did not return within the time limit.</param>
internal sealed record LearnerOutcome(object? Result, Exception? Error, bool TimedOut);

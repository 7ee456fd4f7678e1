namespace NeuroBalance.Exercises;

/// <summary>One thing the checker looked at, whether it passed, and why.</summary>
/// <param name="Name">What was checked, e.g. "Occupancy at [L] = 0 nM (edge case)".</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Why">The reason, in a sentence a learner can act on.</param>
public sealed record Criterion(string Name, bool Passed, string Why);

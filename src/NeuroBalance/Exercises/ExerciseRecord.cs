namespace NeuroBalance.Exercises;

/// <summary>What the progress book remembers about one exercise. Immutable.</summary>
/// <param name="Attempts">How many answers were checked (placeholders not counted).</param>
/// <param name="Solved">Whether an answer has passed.</param>
/// <param name="HintsRevealed">How many hints have been revealed.</param>
/// <param name="SolutionShown">Whether the reference solution has been shown.</param>
public sealed record ExerciseRecord(int Attempts = 0, bool Solved = false, int HintsRevealed = 0, bool SolutionShown = false)
{
    /// <summary>Gets the record of an exercise never touched.</summary>
    public static ExerciseRecord Empty { get; } = new();

    /// <summary>Combines two records of the same exercise (e.g. from two kernels): the larger counts, and solved if either is.</summary>
    /// <param name="other">The other record.</param>
    /// <returns>The merged record.</returns>
    public ExerciseRecord Merge(ExerciseRecord other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Math.Max(Attempts, other.Attempts), Solved || other.Solved, Math.Max(HintsRevealed, other.HintsRevealed), SolutionShown || other.SolutionShown);
    }
}

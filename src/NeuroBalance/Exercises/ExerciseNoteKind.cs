namespace NeuroBalance.Exercises;

/// <summary>What an <see cref="ExerciseNote"/> shows.</summary>
public enum ExerciseNoteKind
{
    /// <summary>The hints seen so far and how many remain.</summary>
    Hints,

    /// <summary>The reference solution is not shown yet: hints remain; the message says how to see it anyway.</summary>
    SolutionWithheld,

    /// <summary>The reference solution, with its explanation and sources.</summary>
    Solution,
}

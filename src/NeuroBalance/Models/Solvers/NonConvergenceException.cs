namespace NeuroBalance.Models.Solvers;

/// <summary>
/// Thrown when a solver cannot reach the accuracy asked for: the step size fell below its minimum,
/// the step budget ran out, or a steady state was not found. The message says which and where.
/// </summary>
/// <remarks>A notebook shows the reason without a stack trace; logs and tests keep it (see <see cref="LearnerErrors"/>).</remarks>
public sealed class NonConvergenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, at which time or iteration.</param>
    public NonConvergenceException(string message)
        : base(message)
    {
    }

    /// <summary>Describes the exception: with its stack trace, except in a notebook kernel, where a learner reads type and message alone.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => LearnerErrors.Describe(this, base.ToString());
}

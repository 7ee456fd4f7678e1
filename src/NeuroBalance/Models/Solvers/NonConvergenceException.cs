namespace NeuroBalance.Models.Solvers;

/// <summary>
/// Thrown when a solver cannot reach the accuracy asked for: the step size fell below its minimum,
/// the step budget ran out, or a steady state was not found. The message says which and where.
/// </summary>
/// <remarks>Its <see cref="ToString"/> is the message alone, so that a notebook shows the reason without a stack trace.</remarks>
public sealed class NonConvergenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, at which time or iteration.</param>
    public NonConvergenceException(string message)
        : base(message)
    {
    }

    /// <summary>Returns the message without a stack trace, for notebook output.</summary>
    /// <returns>The exception's type name and message.</returns>
    public override string ToString() => FormattableString.Invariant($"{nameof(NonConvergenceException)}: {Message}");
}

namespace NeuroBalance;

/// <summary>
/// Thrown when a NeuroBalance API gets an argument that is wrong for a reason other than range:
/// a blank name, mismatched lengths, no data. The message names the parameter and what was wrong.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentException"/>. Like <see cref="ParameterOutOfRangeException"/>, it keeps its
/// stack trace in logs and tests, while a notebook shows the reason alone (see <see cref="LearnerErrors"/>).
/// </remarks>
public sealed class InvalidParameterException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="paramName">The parameter's name.</param>
    public InvalidParameterException(string message, string paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Describes the exception: with its stack trace, except in a notebook kernel, where a learner reads type and message alone.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => LearnerErrors.Describe(this, base.ToString());
}

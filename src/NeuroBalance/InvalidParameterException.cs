namespace NeuroBalance;

/// <summary>
/// Thrown when a NeuroBalance API gets an argument that is wrong for a reason other than range:
/// a blank name, mismatched lengths, no data. The message names the parameter and what was wrong.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentException"/>. Like <see cref="ParameterOutOfRangeException"/>, its
/// <see cref="ToString"/> is the message alone, so a notebook shows the reason, not a stack trace.
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

    /// <summary>Returns the message without a stack trace, for notebook output.</summary>
    /// <returns>The exception's type name and message.</returns>
    public override string ToString() => $"{nameof(InvalidParameterException)}: {Message}";
}

namespace NeuroBalance;

/// <summary>
/// Thrown when a NeuroBalance API gets null where it needs a value. The message names the parameter and
/// says what to pass; it is an <see cref="ArgumentNullException"/>, so callers that catch that still do.
/// </summary>
public sealed class MissingParameterException : ArgumentNullException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="paramName">The parameter's name.</param>
    /// <param name="message">What was missing and what to pass instead.</param>
    public MissingParameterException(string paramName, string message)
        : base(paramName, message)
    {
    }
}

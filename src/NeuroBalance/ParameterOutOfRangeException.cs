namespace NeuroBalance;

/// <summary>
/// Thrown when a NeuroBalance API gets a number outside its valid range (negative, NaN, infinite,
/// too large). The message names the parameter, the value and the valid range.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentOutOfRangeException"/>, so ordinary handlers catch it. Its
/// <see cref="ToString"/> is the message alone: a notebook kernel shows an exception by its
/// <c>ToString()</c>, and a learner who typed a bad value needs the reason, not a stack trace.
/// </remarks>
public sealed class ParameterOutOfRangeException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="paramName">The parameter's name.</param>
    /// <param name="actualValue">The value it got.</param>
    /// <param name="message">What was wrong and the valid range.</param>
    public ParameterOutOfRangeException(string paramName, object? actualValue, string message)
        : base(paramName, actualValue, message)
    {
        this.message = message;
    }

    private readonly string message;

    /// <summary>Gets the message and the parameter's name. Unlike the base class it adds no "Actual value was …" line, which
    /// would format the value in the current culture ("2,5" under de-DE); the message already states the value invariantly.</summary>
    public override string Message => $"{message} (Parameter '{ParamName}')";

    /// <summary>Returns the message without a stack trace, for notebook output.</summary>
    /// <returns>The exception's type name and message.</returns>
    public override string ToString() => $"{nameof(ParameterOutOfRangeException)}: {Message}";
}

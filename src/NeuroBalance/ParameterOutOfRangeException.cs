namespace NeuroBalance;

/// <summary>
/// Thrown when a NeuroBalance API gets a number outside its valid range (negative, NaN, infinite,
/// too large). The message names the parameter, the value and the valid range.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentOutOfRangeException"/>, so ordinary handlers catch it. A notebook kernel
/// shows an exception by its <c>ToString()</c>, and a learner who typed a bad value needs the reason, not a
/// stack trace: in a notebook kernel that is all it shows; everywhere else (logs, tests) the stack trace is
/// kept (see <see cref="LearnerErrors"/>).
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

    /// <summary>Describes the exception: with its stack trace, except in a notebook kernel, where a learner reads type and message alone.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => LearnerErrors.Describe(this, base.ToString());
}

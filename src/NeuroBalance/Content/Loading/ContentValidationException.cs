namespace NeuroBalance.Content.Loading;

/// <summary>
/// Thrown when the knowledge-base files do not match their schema or refer to something that does
/// not exist. Lists every problem found, each with its file, line, column, path and what is wrong.
/// </summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception from a non-empty list of errors.</summary>
    /// <param name="errors">The problems found, in file order.</param>
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    /// <summary>Describes the exception: with its stack trace, except in a notebook kernel, where a learner reads type and message alone.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => LearnerErrors.Describe(this, base.ToString());

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        $"The knowledge base has {errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}:"
        + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}

namespace NeuroBalance.Course.Authoring;

/// <summary>
/// Thrown when a notebook's solution-region markers are malformed: unmatched, nested, misplaced or
/// of the wrong kind for their cell. The message lists every problem as <c>file:line: message</c>.
/// </summary>
public sealed class SolutionRegionException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">At least one problem.</param>
    public SolutionRegionException(IReadOnlyList<SolutionRegionError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, in file order.</summary>
    public IReadOnlyList<SolutionRegionError> Errors { get; }

    private static string Describe(IReadOnlyList<SolutionRegionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A SolutionRegionException needs at least one error.", nameof(errors));
        }

        var noun = errors.Count == 1 ? "problem" : "problems";
        return $"{errors.Count} solution-region {noun}:{Environment.NewLine}" +
               string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}

namespace NeuroBalance.Course.Building;

/// <summary>
/// A run result cannot be matched to the cell it claims to belong to (or a cell has no result): the
/// runner and the notebook disagree, so no output of that notebook can be trusted to sit under the
/// right cell. The message names the notebook and the cell.
/// </summary>
public sealed class CellResultMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="notebook">The notebook, repository-relative.</param>
    /// <param name="problem">Which cell or result does not match, and how.</param>
    public CellResultMismatchException(string notebook, string problem)
        : base($"{notebook}: {Describe(problem)}")
    {
        Notebook = notebook;
        Problem = problem;
    }

    /// <summary>Gets the notebook.</summary>
    public string Notebook { get; }

    /// <summary>Gets what does not match.</summary>
    public string Problem { get; }

    /// <summary>Gets the description without the notebook's name (for places that already name it).</summary>
    public string Description => Describe(Problem);

    private static string Describe(string problem) =>
        $"the run's results do not match the notebook's cells ({problem}), so no output is shown rather than outputs under the wrong cells. This is a bug in the course tooling; please report it.";
}

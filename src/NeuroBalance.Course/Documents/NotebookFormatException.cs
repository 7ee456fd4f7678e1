namespace NeuroBalance.Course.Documents;

/// <summary>A <c>.dib</c> file is malformed; the message names the file and the line.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The notebook file (as shown to the user, e.g. repository-relative).</param>
    /// <param name="line">The 1-based line of the problem.</param>
    /// <param name="problem">What is wrong and what to do about it.</param>
    public NotebookFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Gets the notebook file.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>Gets the description of the problem, without the location.</summary>
    public string Problem { get; }
}

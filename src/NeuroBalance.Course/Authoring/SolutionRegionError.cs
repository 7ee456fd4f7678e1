namespace NeuroBalance.Course.Authoring;

/// <summary>One problem with the solution-region markers of a notebook.</summary>
/// <param name="File">The notebook's name or path, as given to <see cref="SolutionRegions"/>.</param>
/// <param name="Line">The 1-based line of the offending marker in the file.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record SolutionRegionError(string File, int Line, string Message)
{
    /// <summary>Returns <c>file:line: message</c>, the form compilers and editors link to.</summary>
    /// <returns>The error as one line.</returns>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

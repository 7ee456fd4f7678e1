namespace NeuroBalance.Course.Documents;

/// <summary>One cell of a notebook, as written in the file.</summary>
/// <param name="Number">The 1-based position of the cell in the notebook, counting every cell.</param>
/// <param name="KernelName">The kernel the cell is for, e.g. <c>csharp</c> or <c>markdown</c>.</param>
/// <param name="Code">The cell's source text.</param>
public sealed record NotebookCell(int Number, string KernelName, string Code)
{
    /// <summary>Gets whether the cell is prose rather than code.</summary>
    public bool IsMarkdown => string.Equals(KernelName, "markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the first non-blank line of the cell, trimmed; used to name the cell in messages.</summary>
    public string FirstLine =>
        Code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";
}

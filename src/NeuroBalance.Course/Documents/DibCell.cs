namespace NeuroBalance.Course.Documents;

/// <summary>One cell of a notebook with its identity (position) and where it stands in the file.</summary>
/// <param name="Index">The 0-based position among the cells (the <c>#!meta</c> block is not a cell); a cell's identity in results.</param>
/// <param name="Kernel">The kernel named by the cell marker (from <see cref="CellKernels"/>).</param>
/// <param name="MarkerLine">The 1-based line of the cell marker (<c>#!csharp</c>); 0 when the format has no lines (.ipynb).</param>
/// <param name="Lines">The cell's lines, without the marker and the blank lines around the content; empty for an empty cell.</param>
/// <param name="FirstLine">The 1-based file line of <c>Lines[0]</c>.</param>
public sealed record DibCell(int Index, CellKernel Kernel, int MarkerLine, IReadOnlyList<string> Lines, int FirstLine)
{
    /// <summary>Gets the 1-based cell number shown to people (pages, reports, messages).</summary>
    public int Number => Index + 1;

    /// <summary>Gets the canonical kernel name, e.g. <c>csharp</c> (also for a cell written <c>#!cs</c>).</summary>
    public string KernelName => Kernel.Name;

    /// <summary>Gets whether this is a markdown cell.</summary>
    public bool IsMarkdown => Kernel.IsProse;

    /// <summary>Gets whether the cell has no content (only blank lines): kept in the model, never sent to a kernel.</summary>
    public bool IsEmpty => Lines.All(l => l.Trim().Length == 0);

    /// <summary>Gets the cell's text.</summary>
    public string Text => string.Join("\n", Lines);

    /// <summary>Gets the first non-blank line of the cell, trimmed, or <c>(empty cell)</c>: names the cell in messages.</summary>
    public string Caption => Lines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";

    /// <summary>Gets the file line of a line of this cell.</summary>
    /// <param name="offset">The 0-based index into <see cref="Lines"/>.</param>
    /// <returns>The 1-based file line.</returns>
    public int FileLine(int offset) => FirstLine + offset;

    /// <summary>Gets how this cell is named in messages: <c>cell 3 (csharp, line 12) `var x = 1;`</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe() =>
        MarkerLine > 0
            ? $"cell {Number} ({KernelName}, line {MarkerLine}) `{Caption}`"
            : $"cell {Number} ({KernelName}) `{Caption}`";
}

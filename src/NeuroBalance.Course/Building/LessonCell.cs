using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Building;

/// <summary>One cell of a built lesson with the run result that belongs to it.</summary>
/// <param name="Cell">The cell, as read from the notebook.</param>
/// <param name="Result">Its result, or null when the notebook did not run (malformed, or the kernel did not start).</param>
public sealed record LessonCell(DibCell Cell, CellResult? Result)
{
    /// <summary>Deconstructs into what the writers show: the kernel name, the source and the result.</summary>
    /// <param name="kernel">The canonical kernel name.</param>
    /// <param name="source">The cell's text.</param>
    /// <param name="result">The result, or null.</param>
    public void Deconstruct(out string kernel, out string source, out CellResult? result)
    {
        kernel = Cell.KernelName;
        source = Cell.Text;
        result = Result;
    }
}

using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Running;

/// <summary>What happened when one cell ran: every output and every error.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Outputs">Every output, in the order the kernel produced it.</param>
/// <param name="Errors">Every error: failed command, error events and error diagnostics. Empty unless <see cref="Status"/> is <see cref="CellStatus.Failed"/>.</param>
/// <param name="Duration">Wall time from submission to completion.</param>
public sealed record CellResult(NotebookCell Cell, CellStatus Status, IReadOnlyList<CellOutput> Outputs, IReadOnlyList<string> Errors, TimeSpan Duration)
{
    /// <summary>Creates the result for a cell that was not executed.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="status"><see cref="CellStatus.Markdown"/> or <see cref="CellStatus.NotRun"/>.</param>
    /// <returns>A result with no outputs and no errors.</returns>
    public static CellResult NotExecuted(NotebookCell cell, CellStatus status) => new(cell, status, [], [], TimeSpan.Zero);
}

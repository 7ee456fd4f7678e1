using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Running;

/// <summary>What happened when one cell ran: every output and every error.</summary>
/// <param name="Cell">The cell (its <see cref="DibCell.Index"/> is the result's identity: which cell of the notebook it belongs to).</param>
/// <param name="Status">The outcome.</param>
/// <param name="Outputs">Every output, in the order the kernel produced it.</param>
/// <param name="Errors">Every error: failed command, error events and error diagnostics. Empty unless <see cref="Status"/> is <see cref="CellStatus.Failed"/>.</param>
/// <param name="Duration">Wall time from submission to completion.</param>
public sealed record CellResult(DibCell Cell, CellStatus Status, IReadOnlyList<CellOutput> Outputs, IReadOnlyList<string> Errors, TimeSpan Duration)
{
    /// <summary>Creates the result for a cell that was not executed.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="status"><see cref="CellStatus.Markdown"/>, <see cref="CellStatus.NotRun"/>, <see cref="CellStatus.Empty"/> or <see cref="CellStatus.NotExecuted"/>.</param>
    /// <returns>A result with no outputs and no errors.</returns>
    public static CellResult NotExecuted(DibCell cell, CellStatus status) => new(cell, status, [], [], TimeSpan.Zero);

    /// <summary>Gets the status of a cell that the runner does not send to the kernel, or null when it does.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns><see cref="CellStatus.Markdown"/>, <see cref="CellStatus.Empty"/>, <see cref="CellStatus.NotExecuted"/>, or null for a cell to run.</returns>
    public static CellStatus? StatusWithoutKernel(DibCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.IsMarkdown ? CellStatus.Markdown
            : !cell.Kernel.IsExecuted ? CellStatus.NotExecuted
            : cell.IsEmpty ? CellStatus.Empty
            : null;
    }

    /// <summary>Gets how the status reads on a page or in a report: <c>passed</c>, <c>FAILED</c>, <c>not run (empty)</c>…</summary>
    public string StatusText => Status switch
    {
        CellStatus.Passed => "passed",
        CellStatus.Failed => "FAILED",
        CellStatus.Markdown => "markdown",
        CellStatus.Empty => "not run (empty)",
        CellStatus.NotExecuted => $"not run ({Cell.KernelName} cells are not run by the course tooling)",
        _ => "not run",
    };

    /// <summary>Gets why the cell was not run, for reports; null when it ran.</summary>
    public string? NotRunReason => Status switch
    {
        CellStatus.Empty => "not run: the cell is empty",
        CellStatus.NotExecuted => $"not run: {Cell.Kernel.NotExecutedReason}",
        CellStatus.NotRun => "not run: an earlier cell failed",
        _ => null,
    };
}

namespace NeuroBalance.Course.Running;

/// <summary>The outcome of one cell.</summary>
public enum CellStatus
{
    /// <summary>The kernel ran the cell without error.</summary>
    Passed,

    /// <summary>The cell raised an error, failed to compile, or timed out.</summary>
    Failed,

    /// <summary>The cell is markdown, which is shown, not executed.</summary>
    Markdown,

    /// <summary>An earlier cell failed, so this one was not run (as with "Run All" in VS Code).</summary>
    NotRun,

    /// <summary>The cell is empty: kept in the notebook, not sent to the kernel (shown as "not run (empty)").</summary>
    Empty,

    /// <summary>The tooling does not run cells of this kernel (SQL, KQL, HTTP, value: see <c>CellKernels</c>); the cell is shown, not run.</summary>
    NotExecuted,
}

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
}

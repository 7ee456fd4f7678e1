namespace NeuroBalance.Course.Documents;

/// <summary>How the course tooling treats the cells of a kernel.</summary>
public enum CellKernelKind
{
    /// <summary>Prose (Markdown): shown, never executed.</summary>
    Prose,

    /// <summary>Code the real kernel runs (C#, F#, PowerShell, JavaScript, HTML, Mermaid).</summary>
    Executed,

    /// <summary>
    /// Code the tooling keeps and shows but does not run (for example SQL needs a database connection,
    /// HTTP reaches the network): reported per cell as not run, never sent to the kernel.
    /// </summary>
    NotExecuted,
}

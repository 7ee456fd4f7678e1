namespace NeuroBalance.Course.Running;

/// <summary>Where a cell output came from.</summary>
public enum CellOutputKind
{
    /// <summary>A value passed to <c>display(...)</c> or shown by the kernel.</summary>
    Display,

    /// <summary>The value of the cell's last expression.</summary>
    ReturnValue,

    /// <summary>Text written to standard output.</summary>
    StandardOutput,

    /// <summary>Text written to standard error.</summary>
    StandardError,
}

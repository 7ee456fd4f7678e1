namespace NeuroBalance.Hosting;

/// <summary>The outcome of one environment check.</summary>
public enum CheckStatus
{
    /// <summary>All good.</summary>
    Ok,

    /// <summary>Works, but differs from what the course is tested with.</summary>
    Warning,

    /// <summary>Broken; the check's next step says what to do.</summary>
    Failed,
}

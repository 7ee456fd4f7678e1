namespace NeuroBalance.Course.Running;

/// <summary>Limits for running notebooks.</summary>
public sealed record NotebookRunnerOptions
{
    /// <summary>Gets how long a kernel may take to start. Default: 2 minutes.</summary>
    public TimeSpan KernelStartTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets how long one cell may run. Default: 5 minutes (a first <c>#r "nuget:"</c> may download).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);
}

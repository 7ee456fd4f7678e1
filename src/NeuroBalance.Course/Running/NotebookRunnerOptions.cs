namespace NeuroBalance.Course.Running;

/// <summary>Limits for running notebooks.</summary>
public sealed record NotebookRunnerOptions
{
    /// <summary>Gets how long a kernel may take to start. Default: 2 minutes.</summary>
    public TimeSpan KernelStartTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets how long one cell may run. Default: 5 minutes (a first <c>#r "nuget:"</c> may download).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets how many notebooks of a batch run at once, each in its own kernel. Default: one per core.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets how many kernels a batch (<see cref="NotebookRunner.StartBatch"/>) starts ahead, for the next
    /// notebooks, while the current ones run. Default: 1; 0 starts each kernel when its notebook begins.
    /// </summary>
    public int KernelsStartedAhead { get; init; } = 1;
}

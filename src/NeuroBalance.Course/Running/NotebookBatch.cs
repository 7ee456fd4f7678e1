using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Running;

/// <summary>
/// Notebooks run by one <see cref="NotebookRunner"/> whose kernels start ahead: each notebook still gets
/// a fresh kernel started in its own folder, but that kernel was started while earlier notebooks ran.
/// </summary>
/// <remarks>Made by <see cref="NotebookRunner.StartBatch"/>; run the notebooks in the order given there
/// (any order works, but only that one finds its kernels ready). Dispose it to stop unused kernels.</remarks>
public sealed class NotebookBatch : IAsyncDisposable
{
    private readonly NotebookRunner runner;
    private readonly KernelPool kernels;

    internal NotebookBatch(NotebookRunner runner, KernelPool kernels)
    {
        this.runner = runner;
        this.kernels = kernels;
    }

    /// <summary>Runs one notebook of the batch.</summary>
    /// <param name="notebookPath">The notebook file.</param>
    /// <param name="progress">Receives a report before and after each cell; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Per-cell outputs and errors, as <see cref="NotebookRunner.RunAsync(string, IProgress{NotebookProgress}?, CancellationToken)"/> returns them.</returns>
    /// <exception cref="NotebookFormatException">The notebook is malformed; nothing ran.</exception>
    public Task<NotebookResult> RunAsync(string notebookPath, IProgress<NotebookProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(notebookPath);
        return RunAsync(runner.Load(file), file, progress, cancellationToken);
    }

    /// <summary>Runs one parsed notebook of the batch in the folder of <paramref name="location"/>.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <param name="location">Where the notebook lives: its kernel was started (ahead) in its folder.</param>
    /// <param name="progress">Receives a report before and after each cell; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Per-cell outputs and errors, as <see cref="NotebookRunner.RunAsync(DibFile, FileInfo, IProgress{NotebookProgress}?, CancellationToken)"/> returns them.</returns>
    public Task<NotebookResult> RunAsync(DibFile notebook, FileInfo location, IProgress<NotebookProgress>? progress = null, CancellationToken cancellationToken = default) =>
        runner.RunAsync(notebook, location, kernels.TakeAsync, progress, cancellationToken);

    /// <summary>Stops the kernels that were started ahead but not used.</summary>
    /// <returns>A task that completes when they are stopped.</returns>
    public ValueTask DisposeAsync() => kernels.DisposeAsync();
}

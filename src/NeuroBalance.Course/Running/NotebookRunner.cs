using System.Diagnostics;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Kernel;

namespace NeuroBalance.Course.Running;

/// <summary>
/// Runs a notebook cell by cell in a fresh real kernel (the pinned dotnet-interactive tool over
/// stdio), started in the notebook's folder, and collects every output and error per cell.
/// </summary>
/// <remarks>Used by the notebook tests and by the <c>neurobalance run</c> command.</remarks>
public sealed class NotebookRunner
{
    private readonly CourseRepository repository;
    private readonly KernelTool tool;
    private readonly NotebookRunnerOptions options;

    /// <summary>Creates a runner for the notebooks of a repository.</summary>
    /// <param name="repository">The course repository.</param>
    /// <param name="options">Time limits and parallelism; the defaults when null. Time limits must be positive, jobs at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time limit is zero or negative, or jobs is below 1.</exception>
    public NotebookRunner(CourseRepository repository, NotebookRunnerOptions? options = null)
    {
        this.repository = repository ?? throw new ArgumentNullException(nameof(repository));
        tool = new KernelTool(repository);
        this.options = options ?? new NotebookRunnerOptions();
        CheckPositive(nameof(NotebookRunnerOptions.KernelStartTimeout), this.options.KernelStartTimeout);
        CheckPositive(nameof(NotebookRunnerOptions.CellTimeout), this.options.CellTimeout);
        if (this.options.Jobs < 1 || this.options.KernelsStartedAhead < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), this.options, $"Jobs must be at least 1 (was {this.options.Jobs}) and KernelsStartedAhead at least 0 (was {this.options.KernelsStartedAhead}).");
        }
    }

    private static void CheckPositive(string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), value, $"{name} must be greater than zero, but was {value}.");
        }
    }

    /// <summary>Runs one notebook.</summary>
    /// <param name="notebookPath">The <c>.dib</c> (or <c>.ipynb</c>) file.</param>
    /// <param name="progress">Receives a report before and after each cell; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Per-cell outputs and errors. A failed cell stops the run; later cells are <see cref="CellStatus.NotRun"/>.</returns>
    /// <exception cref="NotebookFormatException">The notebook is malformed (the message says file:line); nothing ran.</exception>
    public async Task<NotebookResult> RunAsync(string notebookPath, IProgress<NotebookProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(notebookPath);
        return await RunAsync(Load(file), file, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a parsed notebook, e.g. a student version, in the folder of <paramref name="location"/>.</summary>
    /// <param name="notebook">The notebook: every cell gets one result that names it (<see cref="DibCell.Index"/>).</param>
    /// <param name="location">Where the notebook lives: the kernel starts in its folder.</param>
    /// <param name="progress">Receives a report before and after each cell; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// One result per cell, in order. Markdown, empty cells and cells of kernels the tooling does not run
    /// are never sent to the kernel (<see cref="CellResult.StatusWithoutKernel"/>). A failed cell stops
    /// the run; later cells are <see cref="CellStatus.NotRun"/>.
    /// </returns>
    public Task<NotebookResult> RunAsync(DibFile notebook, FileInfo location, IProgress<NotebookProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(notebook, location, StartKernelAsync, progress, cancellationToken);

    /// <summary>
    /// Prepares to run several notebooks: the kernel for the first ones starts now, and each later
    /// notebook's kernel starts while earlier notebooks run (<see cref="NotebookRunnerOptions.KernelsStartedAhead"/>).
    /// </summary>
    /// <param name="notebookPaths">The notebook files, in the order they will run.</param>
    /// <returns>The batch; dispose it to stop kernels that were started but not used.</returns>
    public NotebookBatch StartBatch(IEnumerable<string> notebookPaths)
    {
        ArgumentNullException.ThrowIfNull(notebookPaths);
        var folders = notebookPaths.Select(p => new FileInfo(p).Directory!).ToArray();
        return new NotebookBatch(this, new KernelPool(StartKernelAsync, folders, options.KernelsStartedAhead));
    }

    /// <summary>Reads a notebook file as <see cref="RunAsync(string, IProgress{NotebookProgress}?, CancellationToken)"/> does.</summary>
    internal DibFile Load(FileInfo file) => DibFile.Load(file.FullName, repository.RelativePath(file));

    /// <summary>Starts a kernel in a notebook's folder (the runner's own start, without a kernel started ahead).</summary>
    private Task<RealKernelSession> StartKernelAsync(DirectoryInfo folder, CancellationToken cancellationToken) =>
        RealKernelSession.StartAsync(tool, folder, options.KernelStartTimeout, cancellationToken);

    /// <summary>Runs a parsed notebook in the kernel that <paramref name="kernel"/> gives for its folder.</summary>
    internal async Task<NotebookResult> RunAsync(
        DibFile notebook,
        FileInfo location,
        Func<DirectoryInfo, CancellationToken, Task<RealKernelSession>> kernel,
        IProgress<NotebookProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(location);
        var name = repository.RelativePath(location);
        var total = notebook.Cells.Count;
        var clock = Stopwatch.StartNew();
        progress?.Report(new NotebookProgress(name, 0, total, "starting kernel"));

        RealKernelSession session;
        try
        {
            session = await kernel(location.Directory!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return new NotebookResult(name, [], clock.Elapsed, e.Message);
        }
        catch (Microsoft.DotNet.Interactive.Utility.CommandLineInvocationException e)
        {
            // The kernel process exited before it was ready, e.g. the tool manifest was not found
            // because the notebook lies outside the repository.
            return new NotebookResult(name, [], clock.Elapsed,
                $"the kernel process exited before it was ready. Notebooks must be inside the repository, whose .config/dotnet-tools.json pins the kernel. Details: {e.Message}");
        }

        await using (session.ConfigureAwait(false))
        {
            var results = new List<CellResult>(total);
            var failed = false;
            foreach (var cell in notebook.Cells)
            {
                if (CellResult.StatusWithoutKernel(cell) is { } status)
                {
                    results.Add(CellResult.NotExecuted(cell, status));
                    continue;
                }

                if (failed)
                {
                    results.Add(CellResult.NotExecuted(cell, CellStatus.NotRun));
                    continue;
                }

                progress?.Report(new NotebookProgress(name, results.Count, total, $"cell {cell.Number}: {cell.Caption}"));
                var result = await RunCellAsync(session, cell, cancellationToken).ConfigureAwait(false);
                failed = result.Status == CellStatus.Failed;
                results.Add(result);
            }

            progress?.Report(new NotebookProgress(name, total, total, failed ? "failed" : "done"));
            return new NotebookResult(name, results, clock.Elapsed);
        }
    }

    private async Task<CellResult> RunCellAsync(RealKernelSession session, DibCell cell, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var execution = await session.SubmitAsync(cell.Text, cell.KernelName, options.CellTimeout, cancellationToken).ConfigureAwait(false);
            var (outputs, errors) = KernelEventReader.Read(execution.Events);
            if (execution.TimedOut)
            {
                errors = [$"The cell did not finish within {options.CellTimeout.TotalSeconds:0} s.", .. errors];
            }

            if (execution.KernelStopped is { } exit)
            {
                errors = [exit.Describe(cell.Number), .. errors];
            }

            return new CellResult(cell, errors.Count == 0 ? CellStatus.Passed : CellStatus.Failed, outputs, errors, clock.Elapsed);
        }
        catch (TimeoutException)
        {
            // Creating the proxy for the cell's kernel timed out.
            return new CellResult(cell, CellStatus.Failed, [], [$"The kernel for this {cell.KernelName} cell did not answer within {options.CellTimeout.TotalSeconds:0} s."], clock.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // For example a cell for a kernel this kernel host does not have (#!pwsh without PowerShell).
            return new CellResult(cell, CellStatus.Failed, [], [$"The kernel could not run this {cell.KernelName} cell: {e.Message}"], clock.Elapsed);
        }
    }
}

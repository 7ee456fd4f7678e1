using NeuroBalance.Course.Kernel;

namespace NeuroBalance.Course.Running;

/// <summary>
/// Starts kernels ahead of the notebooks that will need them: while notebooks run, the kernel for the
/// next notebook of the batch is already starting in that notebook's folder, so its start-up overlaps
/// with work instead of following it.
/// </summary>
/// <remarks>
/// A kernel is started in the folder of the notebook it is meant for and is handed only to a notebook
/// in that folder; a kernel that is not ready in time or fails to start hands its error to the notebook
/// that takes it, exactly as a kernel started on demand would. Kernels never taken are stopped on dispose.
/// </remarks>
internal sealed class KernelPool : IAsyncDisposable
{
    private readonly Func<DirectoryInfo, CancellationToken, Task<RealKernelSession>> start;
    private readonly int ahead;
    private readonly List<string> pending;
    private readonly List<(string Folder, Task<RealKernelSession> Kernel)> warm = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();

    /// <summary>Creates the pool and starts the first kernels.</summary>
    /// <param name="start">Starts a kernel in a folder.</param>
    /// <param name="folders">The folder of each notebook of the batch, in the order they will run.</param>
    /// <param name="ahead">How many kernels to keep starting ahead (0: none; kernels start on demand).</param>
    internal KernelPool(Func<DirectoryInfo, CancellationToken, Task<RealKernelSession>> start, IEnumerable<DirectoryInfo> folders, int ahead)
    {
        this.start = start;
        this.ahead = ahead;
        pending = [.. folders.Select(f => f.FullName)];
        lock (gate)
        {
            StartAhead();
        }
    }

    /// <summary>Takes a kernel for a notebook in <paramref name="folder"/>: the one started ahead for it, or a new one.</summary>
    /// <param name="folder">The notebook's folder.</param>
    /// <param name="cancellationToken">Cancels a kernel started now (a kernel started ahead is stopped on dispose).</param>
    /// <returns>The kernel, ready.</returns>
    internal Task<RealKernelSession> TakeAsync(DirectoryInfo folder, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            pending.Remove(folder.FullName);
            var index = warm.FindIndex(w => w.Folder == folder.FullName);
            Task<RealKernelSession> kernel;
            if (index >= 0)
            {
                kernel = warm[index].Kernel;
                warm.RemoveAt(index);
            }
            else
            {
                kernel = Task.Run(() => start(folder, cancellationToken), CancellationToken.None);
            }

            StartAhead();
            return kernel;
        }
    }

    /// <summary>Stops every kernel started ahead that no notebook took.</summary>
    /// <returns>A task that completes when they are stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        (string Folder, Task<RealKernelSession> Kernel)[] unused;
        lock (gate)
        {
            unused = [.. warm];
            warm.Clear();
            pending.Clear();
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        foreach (var (_, kernel) in unused)
        {
            try
            {
                await (await kernel.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception or Microsoft.DotNet.Interactive.Utility.CommandLineInvocationException)
            {
                // It never became ready, so there is nothing to stop.
            }
        }

        stopping.Dispose();
    }

    /// <summary>Starts kernels for the next <see cref="ahead"/> pending notebooks that have none yet. Call under the gate.</summary>
    private void StartAhead()
    {
        var available = warm.Select(w => w.Folder).ToList();
        foreach (var folder in pending.Take(ahead))
        {
            if (!available.Remove(folder))
            {
                var token = stopping.Token;
                warm.Add((folder, Task.Run(() => start(new DirectoryInfo(folder), token), CancellationToken.None)));
            }
        }
    }
}

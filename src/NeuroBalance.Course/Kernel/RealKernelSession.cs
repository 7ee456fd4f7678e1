using System.Collections.Concurrent;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NeuroBalance.Course.Kernel;

/// <summary>
/// One fresh kernel process (the pinned dotnet-interactive tool over its stdio JSON protocol),
/// started in a notebook's folder, as VS Code starts it.
/// </summary>
/// <remarks>
/// Commands are sent one at a time: each submission is awaited until the kernel reports
/// <c>CommandSucceeded</c> or <c>CommandFailed</c> before the next is sent. Sending every cell at once
/// makes later cells race earlier <c>#r</c> directives.
/// </remarks>
public sealed class RealKernelSession : IAsyncDisposable
{
    private readonly StdIoKernelConnector connector;
    private readonly ProxyKernel root;
    private readonly Dictionary<string, ProxyKernel> subkernels = new(StringComparer.OrdinalIgnoreCase);
    private readonly KernelProcessWatch processWatch;

    private RealKernelSession(StdIoKernelConnector connector, ProxyKernel root, DirectoryInfo workingDirectory)
    {
        this.connector = connector;
        this.root = root;
        processWatch = KernelProcessWatch.Attach(connector);
        WorkingDirectory = workingDirectory;
    }

    /// <summary>
    /// Gets the kernels that the kernel process hands on to the notebook front end (VS Code's webview):
    /// <c>javascript</c> (alias <c>js</c>) and <c>vscode</c>. Without a front end a cell for them never finishes.
    /// </summary>
    public static IReadOnlySet<string> FrontEndKernelNames { get; } =
        new HashSet<string>(["javascript", "js", "vscode"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the kernel's working directory (the notebook's folder).</summary>
    public DirectoryInfo WorkingDirectory { get; }

    /// <summary>Gets the kernel process id, for diagnostics.</summary>
    public int? ProcessId => connector.ProcessId;

    /// <summary>Starts a kernel process in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    /// <param name="tool">The pinned kernel tool.</param>
    /// <param name="workingDirectory">The notebook's folder.</param>
    /// <param name="startTimeout">How long to wait for the kernel to report that it is ready.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The ready session.</returns>
    /// <exception cref="TimeoutException">The kernel did not become ready in time.</exception>
    public static async Task<RealKernelSession> StartAsync(KernelTool tool, DirectoryInfo workingDirectory, TimeSpan startTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tool);
        await tool.EnsureRestoredAsync(cancellationToken).ConfigureAwait(false);

        // StdIoKernelConnector stops waiting as soon as it sees KernelReady but fills its kernel-info
        // cache a moment later on another thread; under load, reading the cache can lose that race and
        // throw InvalidOperationException ("Sequence contains no matching element"). A fresh process is
        // the safe answer, so a start that loses the race is retried.
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var connector = new StdIoKernelConnector(
                tool.StdioCommand(workingDirectory),
                rootProxyKernelLocalName: "neurobalance-runner",
                kernelHostUri: KernelHost.CreateHostUri("neurobalance-runner"),
                workingDirectory: workingDirectory);
            try
            {
                var kernel = await connector.CreateRootProxyKernelAsync().WaitAsync(startTimeout, cancellationToken).ConfigureAwait(false);
                return new RealKernelSession(connector, kernel, workingDirectory);
            }
            catch (InvalidOperationException) when (attempt < attempts)
            {
                connector.Dispose();
            }
            catch (TimeoutException)
            {
                connector.Dispose();
                throw new TimeoutException(
                    $"The dotnet-interactive kernel did not become ready within {startTimeout.TotalSeconds:0} s in '{workingDirectory.FullName}'.");
            }
            catch
            {
                connector.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Submits one cell and waits until the kernel has finished it, until the time limit, or until the kernel
    /// process stops (then at once, with its exit code and last standard-error lines).
    /// </summary>
    /// <param name="code">The cell's code.</param>
    /// <param name="kernelName">The target kernel, e.g. <c>csharp</c>.</param>
    /// <param name="timeout">How long the cell may run.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Every event the kernel produced for the cell; on a time-out or a stopped kernel, the events produced so far.</returns>
    /// <exception cref="NotSupportedException">The cell is for a kernel that runs in the notebook front end (<see cref="FrontEndKernelNames"/>).</exception>
    public async Task<CellExecution> SubmitAsync(string code, string kernelName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (FrontEndKernelNames.Contains(kernelName))
        {
            throw new NotSupportedException(
                $"a {kernelName} cell runs in the notebook front end (VS Code's webview), which a headless run does not have, so it would wait for ever. " +
                "Run this lesson in VS Code, or show the script's result through an HTML output of a C# cell.");
        }

        if (!subkernels.TryGetValue(kernelName, out var kernel))
        {
            // The remote root is a composite that routes but does not itself accept SubmitCode,
            // so each cell goes through a proxy for its own subkernel (csharp, fsharp, html, ...).
            kernel = await connector.CreateProxyKernelAsync(kernelName).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            subkernels[kernelName] = kernel;
        }

        var command = new SubmitCode(code);
        var token = command.GetOrCreateToken();
        var seen = new ConcurrentQueue<KernelEvent>();
        using var subscription = kernel.KernelEvents.Subscribe(e =>
        {
            if (e.Command.GetOrCreateToken().StartsWith(token, StringComparison.Ordinal))
            {
                seen.Enqueue(e);
            }
        });

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var send = kernel.SendAsync(command, cancellationToken);
        var timeLimit = Task.Delay(timeout, timer.Token);
        var first = await Task.WhenAny(send, processWatch.Exited, timeLimit).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        if (first == send)
        {
            return new CellExecution((await send.ConfigureAwait(false)).Events, TimedOut: false);
        }

        if (first == processWatch.Exited)
        {
            return new CellExecution([.. seen], TimedOut: false, KernelStopped: await processWatch.Exited.ConfigureAwait(false));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new CellExecution([.. seen], TimedOut: true);
    }

    /// <summary>Stops the kernel process and everything it started.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        var processId = connector.ProcessId;
        foreach (var kernel in subkernels.Values)
        {
            kernel.Dispose();
        }

        processWatch.Dispose();
        root.Dispose();
        connector.Dispose();

        // The connector kills the process tree when its last proxy goes; make sure of it, because
        // an orphaned kernel whose stdin has closed keeps spinning a CPU core.
        KillIfRunning(processId);
        return ValueTask.CompletedTask;
    }

    private static void KillIfRunning(int? processId)
    {
        if (processId is not int id)
        {
            return;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Already gone: the normal case.
        }
        catch (InvalidOperationException)
        {
            // Exited between the lookup and the kill.
        }
    }
}

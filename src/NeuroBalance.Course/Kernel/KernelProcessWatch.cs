using System.Diagnostics;
using System.Reflection;
using Microsoft.DotNet.Interactive.Connection;

namespace NeuroBalance.Course.Kernel;

/// <summary>
/// Watches the kernel process that a <see cref="StdIoKernelConnector"/> started: it completes <see cref="Exited"/> as soon
/// as the process ends (<c>Environment.Exit</c>, a stack overflow, an out-of-memory kill) and keeps the last lines the
/// kernel wrote to standard error, so that a dead kernel is reported at once and with its reason instead of as a cell
/// that did not finish in time.
/// </summary>
/// <remarks>
/// The connector keeps its <see cref="Process"/> in a private field; the library is frozen at its final release
/// (1.0.0-beta.26120.1), so the field is read by name. When it is not there the watch falls back to the process id:
/// the exit is still seen, without the standard-error lines.
/// </remarks>
internal sealed class KernelProcessWatch : IDisposable
{
    /// <summary>How many of the kernel's last standard-error lines are kept.</summary>
    internal const int KeptErrorLines = 8;

    // After the exit, how long to let the last standard-error lines arrive through the pipe.
    private static readonly TimeSpan DrainTime = TimeSpan.FromMilliseconds(300);

    private readonly Process? process;
    private readonly Queue<string> errorLines = new();
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private KernelProcessWatch(Process? process)
    {
        this.process = process;
        Exited = ExitAsync();
        if (process is null)
        {
            return;
        }

        process.ErrorDataReceived += OnErrorData;
        process.Exited += OnExited;
        if (HasExited(process))
        {
            exited.TrySetResult();
        }
    }

    /// <summary>Gets a task that completes with the exit code and last error lines when the kernel process ends; it never completes while the kernel lives.</summary>
    public Task<KernelExit> Exited { get; }

    /// <summary>Starts watching the process of <paramref name="connector"/>.</summary>
    /// <param name="connector">A connector whose root proxy kernel has been created (so its process runs).</param>
    /// <returns>The watch; dispose it with the session.</returns>
    internal static KernelProcessWatch Attach(StdIoKernelConnector connector)
    {
        var field = typeof(StdIoKernelConnector).GetField("_process", BindingFlags.Instance | BindingFlags.NonPublic);
        if (field?.GetValue(connector) is Process process)
        {
            return new KernelProcessWatch(process);
        }

        return new KernelProcessWatch(connector.ProcessId is int id ? TryGetProcess(id) : null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (process is not null)
        {
            process.ErrorDataReceived -= OnErrorData;
            process.Exited -= OnExited;
        }
    }

    private static Process? TryGetProcess(int id)
    {
        try
        {
            var found = Process.GetProcessById(id);
            found.EnableRaisingEvents = true;
            return found;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Stack frames ("   at X.Y()"), their separators ("-----") and "Repeated N times:" are left out, so that the
    // reason ("Stack overflow.", "Unhandled exception. System.…") is among the lines kept, not buried under frames.
    private static bool IsStackFrame(string line) =>
        line.StartsWith("at ", StringComparison.Ordinal) || line.All(c => c == '-') ||
        (line.StartsWith("Repeat", StringComparison.Ordinal) && line.EndsWith("times:", StringComparison.Ordinal));

    private void OnErrorData(object sender, DataReceivedEventArgs e)
    {
        var line = e.Data?.Trim();
        if (string.IsNullOrEmpty(line) || IsStackFrame(line))
        {
            return;
        }

        lock (errorLines)
        {
            errorLines.Enqueue(line);
            while (errorLines.Count > KeptErrorLines)
            {
                errorLines.Dequeue();
            }
        }
    }

    private void OnExited(object? sender, EventArgs e) => exited.TrySetResult();

    private async Task<KernelExit> ExitAsync()
    {
        await exited.Task.ConfigureAwait(false);
        await Task.Delay(DrainTime).ConfigureAwait(false);
        int exitCode;
        try
        {
            exitCode = process!.ExitCode;
        }
        catch (InvalidOperationException)
        {
            exitCode = -1;
        }

        lock (errorLines)
        {
            return new KernelExit(exitCode, [.. errorLines]);
        }
    }
}

using System.Globalization;

namespace NeuroBalance.Course.Kernel;

/// <summary>How the kernel process ended while a cell was running: its exit code and the last lines it wrote to standard error.</summary>
/// <param name="ExitCode">The process exit code; on Linux and macOS 128 + the signal for a process that was killed (134: abort, e.g. a stack overflow; 137: killed, e.g. out of memory).</param>
/// <param name="LastErrorLines">The last lines of the kernel's standard error, stack frames left out (at most 8), oldest first.</param>
public sealed record KernelExit(int ExitCode, IReadOnlyList<string> LastErrorLines)
{
    /// <summary>Describes the exit for the cell that was running, e.g. "The kernel stopped (exit code 134) while running cell 3: Stack overflow. …".</summary>
    /// <param name="cellNumber">The number of the cell that was running.</param>
    /// <returns>One message with the exit code and the kernel's last standard-error lines.</returns>
    public string Describe(int cellNumber)
    {
        var stopped = string.Create(CultureInfo.InvariantCulture, $"The kernel stopped (exit code {ExitCode}) while running cell {cellNumber}");
        return LastErrorLines.Count == 0
            ? stopped + "; it wrote nothing to standard error. The next notebook starts a new kernel."
            : stopped + ": " + string.Join(" | ", LastErrorLines) + " — the next notebook starts a new kernel.";
    }
}

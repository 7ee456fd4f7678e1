using Microsoft.DotNet.Interactive.Events;

namespace NeuroBalance.Course.Kernel;

/// <summary>The kernel events for one submitted cell.</summary>
/// <param name="Events">Every event the kernel produced for the cell (so far, when it timed out or the kernel stopped).</param>
/// <param name="TimedOut">Whether the cell was still running when its time limit passed.</param>
/// <param name="KernelStopped">How the kernel process ended while the cell ran; null while it lives.</param>
public sealed record CellExecution(IReadOnlyList<KernelEvent> Events, bool TimedOut, KernelExit? KernelStopped = null);

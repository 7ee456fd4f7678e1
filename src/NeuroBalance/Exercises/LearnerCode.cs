using System.Reflection;

namespace NeuroBalance.Exercises;

/// <summary>
/// Calls a learner's function safely: on its own background thread, with a time limit, catching
/// whatever it throws, so that neither an exception nor an endless loop reaches the kernel.
/// </summary>
/// <remarks>
/// .NET cannot stop a thread that loops forever. A timed-out call is abandoned: its background
/// thread (low priority) keeps running until the kernel restarts, which the feedback says. A stack
/// overflow (endless recursion) cannot be caught by any .NET code and ends the kernel process; the
/// larger stack given to the thread only delays it for deep but finite recursion.
/// </remarks>
internal static class LearnerCode
{
    private const int StackBytes = 16 * 1024 * 1024;

    internal static LearnerOutcome Invoke(Delegate function, object?[] arguments, TimeSpan timeLimit)
    {
        object? result = null;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = function.DynamicInvoke(arguments);
                }
                catch (TargetInvocationException e)
                {
                    error = e.InnerException ?? e;
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Priority = ThreadPriority.BelowNormal,
            Name = "NeuroBalance learner code",
        };
        thread.Start();
        return thread.Join(timeLimit)
            ? new LearnerOutcome(result, error, false)
            : new LearnerOutcome(null, null, true);
    }
}

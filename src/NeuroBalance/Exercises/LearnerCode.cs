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

    /// <summary>A plain-words note on a typical exception from a learner's function, ending with a space; empty for others.</summary>
    /// <param name="error">The exception.</param>
    /// <returns>The note.</returns>
    internal static string PlainWords(Exception error) => error switch
    {
        DivideByZeroException => "In plain words: a whole number (`int`) was divided by zero. With `double` numbers, 1/0 gives infinity instead; check the divisor. ",
        NullReferenceException => "In plain words: something in your code is `null` (it has no value yet), and your code used it as if it had one. ",
        IndexOutOfRangeException or ArgumentOutOfRangeException => "In plain words: your code asked for an element or a value outside the allowed range (e.g. past the end of a list, or a negative concentration). ",
        FormatException => "In plain words: your code tried to read a number from text that is not written as a number (C# writes 0.5 with a point, not 0,5). ",
        InvalidCastException => "In plain words: your code converted a value to a type it is not. ",
        OverflowException => "In plain words: a number became too large for its type. ",
        StackOverflowException or InsufficientExecutionStackException => "In plain words: your function calls itself without end. ",
        _ => string.Empty,
    };
}

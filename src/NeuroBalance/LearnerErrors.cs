namespace NeuroBalance;

/// <summary>
/// How the library's own exceptions describe themselves: with their stack trace everywhere (logs, tests, the
/// CLI), and as type and message alone at the notebook display boundary, where a learner reads them.
/// </summary>
/// <remarks>
/// The .NET Interactive kernel shows a failed cell as the exception's <c>ToString()</c>, and it offers no
/// hook to rewrite that text; so the library's exceptions ask here, and the answer depends on whether the
/// current session is a notebook kernel's (<see cref="Hosting.CourseSession.IsNotebookKernel"/>, set by
/// <c>CourseLessons.Load()</c> in a notebook's first cell).
/// </remarks>
internal static class LearnerErrors
{
    /// <summary>Describes a library exception for where it is shown.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="withStackTrace">Its usual description (<c>base.ToString()</c>), with the stack trace.</param>
    /// <returns>"Type: message" in a notebook kernel; otherwise <paramref name="withStackTrace"/>.</returns>
    internal static string Describe(Exception exception, string withStackTrace) =>
        Hosting.CourseSession.Current.IsNotebookKernel ? $"{exception.GetType().Name}: {exception.Message}" : withStackTrace;
}

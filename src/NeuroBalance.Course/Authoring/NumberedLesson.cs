using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Authoring;

/// <summary>The file-name convention of numbered lessons: <c>01-…dib</c> to <c>99-…dib</c> (not 00-start-here, not the appendices).</summary>
public static partial class NumberedLesson
{
    /// <summary>Gets whether a notebook file name is a numbered lesson (01 to 99).</summary>
    /// <param name="fileName">The file name or path, e.g. <c>03-synthesis.dib</c>.</param>
    /// <returns>True for a numbered lesson.</returns>
    public static bool Is(string fileName) => Pattern().IsMatch(Path.GetFileName(fileName ?? string.Empty));

    /// <summary>Gets the two-digit number of a numbered lesson, e.g. <c>03</c>.</summary>
    /// <param name="fileName">The file name or path.</param>
    /// <returns>The number, or an empty string when the file is not a numbered lesson.</returns>
    public static string NumberOf(string fileName) => Pattern().Match(Path.GetFileName(fileName ?? string.Empty)).Groups["n"].Value;

    [GeneratedRegex("^(?<n>0[1-9]|[1-9][0-9])-.+\\.dib$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

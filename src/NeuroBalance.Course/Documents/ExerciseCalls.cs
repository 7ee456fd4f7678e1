using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Documents;

/// <summary>
/// The one finder of <c>Exercise.Get("id")</c> calls in notebook code, shared by lint, the lesson
/// checklist and the tests: whitespace inside the parentheses is allowed (<c>Exercise.Get( "x" )</c>),
/// a call whose argument is not a plain string literal is found with no id.
/// </summary>
public static partial class ExerciseCalls
{
    /// <summary>Finds every call in a piece of code.</summary>
    /// <param name="code">C# code (a cell, a line or a whole notebook's text).</param>
    /// <returns>The calls in order.</returns>
    public static IEnumerable<ExerciseCall> In(string code) =>
        Call().Matches(code ?? string.Empty).Select(m => new ExerciseCall(m.Groups["id"].Success ? m.Groups["id"].Value : null, m.Index));

    /// <summary>Gets the distinct literal ids used in a piece of code, in order of first use.</summary>
    /// <param name="code">C# code.</param>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> Ids(string code) =>
        In(code).Select(c => c.Id).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Gets the distinct literal ids used in a notebook's code cells, in order of first use.</summary>
    /// <param name="notebook">The notebook.</param>
    /// <returns>The ids.</returns>
    public static IReadOnlyList<string> Ids(DibFile notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return notebook.Cells.Where(c => !c.IsMarkdown).SelectMany(c => Ids(c.Text)).Distinct(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex("Exercise\\.Get\\(\\s*(?:\"(?<id>[^\"\\\\]+)\"\\s*[,)])?")]
    private static partial Regex Call();
}

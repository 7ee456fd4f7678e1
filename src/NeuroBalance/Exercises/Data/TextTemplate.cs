using System.Text;
using System.Text.RegularExpressions;

namespace NeuroBalance.Exercises;

/// <summary>
/// Fills the placeholders of an exercise text from a lesson's values: <c>{name}</c> shows the value
/// as the library writes it (e.g. <c>0.2 µM</c>), <c>{name:F2}</c> with a .NET format string. A
/// placeholder is a letter followed by letters and digits inside braces; anything else in braces
/// (code, sets) is left as written, and <c>{{</c> / <c>}}</c> write a literal brace.
/// </summary>
internal static partial class TextTemplate
{
    /// <summary>The names used in a text, in order of first use.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The placeholder names with their character offsets.</returns>
    public static IReadOnlyList<(string Name, int Offset)> Placeholders(string text) =>
        Placeholder().Matches(text ?? string.Empty)
            .Where(m => m.Groups["name"].Success)
            .Select(m => (m.Groups["name"].Value, m.Index))
            .ToArray();

    /// <summary>Fills every placeholder.</summary>
    /// <param name="text">The text.</param>
    /// <param name="values">The lesson's values.</param>
    /// <returns>The text with each placeholder replaced by its value.</returns>
    /// <exception cref="InvalidParameterException">A placeholder names no value.</exception>
    public static string Fill(string text, LessonValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new StringBuilder();
        var last = 0;
        foreach (Match m in Placeholder().Matches(text ?? string.Empty))
        {
            result.Append(text!, last, m.Index - last);
            result.Append(m.Groups["name"].Success
                ? values.Format(m.Groups["name"].Value, m.Groups["format"].Success ? m.Groups["format"].Value : null)
                : m.Value[..1]);
            last = m.Index + m.Length;
        }

        return result.Append(text, last, (text?.Length ?? 0) - last).ToString();
    }

    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>[^{}\s]+))?\}")]
    private static partial Regex Placeholder();
}

using System.Text;
using System.Text.RegularExpressions;

namespace NeuroBalance.Cli;

/// <summary>
/// Text from notebooks and cells made safe for a terminal: escape sequences (colours, cursor moves, "clear screen")
/// and other control characters removed, line breaks and tabs kept. A cell's output must not be able to clear the
/// screen or overwrite a line with a fake result.
/// </summary>
internal static partial class TerminalText
{
    /// <summary>Returns <paramref name="text"/> without escape sequences and control characters; <c>\n</c> and <c>\t</c> are kept, <c>\r\n</c> becomes <c>\n</c>.</summary>
    /// <param name="text">Any text; null gives an empty string.</param>
    /// <returns>The text a terminal shows as it is.</returns>
    internal static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutEscapes = EscapeSequence().Replace(text, string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!withoutEscapes.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return withoutEscapes;
        }

        var plain = new StringBuilder(withoutEscapes.Length);
        foreach (var c in withoutEscapes.Where(c => c is '\n' or '\t' || !char.IsControl(c)))
        {
            plain.Append(c);
        }

        return plain.ToString();
    }

    // CSI (ESC [ … final byte, also the 8-bit form U+009B), OSC (ESC ] … BEL or ESC \), and two-byte ESC sequences.
    [GeneratedRegex(@"(?:\x1B\[|\x9B)[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)?|\x1B[@-Z\\-_]")]
    private static partial Regex EscapeSequence();
}

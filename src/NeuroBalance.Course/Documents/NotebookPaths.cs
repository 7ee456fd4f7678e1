using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Documents;

/// <summary>
/// Relative file references in notebook text (<c>#r</c>, <c>#load</c>, <c>#!import</c>, <c>"../x"</c>
/// string literals, Markdown links that climb out of the folder), rewritten so that a copy of the
/// notebook in another folder still finds them.
/// </summary>
public static partial class NotebookPaths
{
    /// <summary>Rewrites relative file references so they resolve from another folder.</summary>
    /// <param name="text">The notebook text.</param>
    /// <param name="from">The folder the paths are relative to now.</param>
    /// <param name="to">The folder they must be relative to.</param>
    /// <returns>The rewritten text; <c>nuget:</c> references and absolute paths are left alone.</returns>
    public static string Relocate(string text, DirectoryInfo from, DirectoryInfo to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        string Relocate(Match m)
        {
            var path = m.Groups["path"].Value;
            if (path.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(path) || path.Contains("://", StringComparison.Ordinal))
            {
                return m.Value;
            }

            var target = Path.GetFullPath(Path.Combine(from.FullName, path));
            var relative = Path.GetRelativePath(to.FullName, target).Replace('\\', '/');
            return m.Groups["head"].Value + relative + m.Groups["tail"].Value;
        }

        // Directives first, then string literals that start with ./ or ../ (e.g. a set-up check that
        // looks for the library next to the notebook).
        var relocated = FileReference().Replace(text ?? string.Empty, Relocate);
        relocated = RelativeStringLiteral().Replace(relocated, Relocate);

        // Markdown links that climb out of the folder (../docs/x.md): links to sibling notebooks stay as they are,
        // since every notebook is copied together.
        return RelativeMarkdownLink().Replace(relocated, Relocate);
    }

    [GeneratedRegex("^(?<head>\\s*(?:#r|#load|#!import)\\s+\"?)(?<path>[^\"\\r\\n]+?)(?<tail>\"?\\s*)$", RegexOptions.Multiline)]
    private static partial Regex FileReference();

    [GeneratedRegex("(?<head>\\]\\()(?<path>\\.\\./[^)\\s#]*)(?<tail>[#)])")]
    private static partial Regex RelativeMarkdownLink();

    [GeneratedRegex("(?<head>(?<!#r\\s+)\"|(?<!#r\\s+)@\")(?<path>\\.\\.?/[^\"\\s]*)(?<tail>\")")]
    private static partial Regex RelativeStringLiteral();
}

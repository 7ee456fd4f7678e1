using System.Text.Json;

namespace NeuroBalance.Course.Documents;

/// <summary>One cell of a <c>.dib</c> file with its position in the file.</summary>
/// <param name="Index">The 0-based position among the cells (the <c>#!meta</c> block is not a cell).</param>
/// <param name="KernelName">The kernel named by the cell marker, e.g. <c>csharp</c> or <c>markdown</c>.</param>
/// <param name="MarkerLine">The 1-based line of the cell marker (<c>#!csharp</c>).</param>
/// <param name="Lines">The cell's lines, without the marker and the blank lines around the content.</param>
/// <param name="FirstLine">The 1-based file line of <c>Lines[0]</c>.</param>
public sealed record DibCell(int Index, string KernelName, int MarkerLine, IReadOnlyList<string> Lines, int FirstLine)
{
    /// <summary>Gets whether this is a markdown cell.</summary>
    public bool IsMarkdown => KernelName is "markdown" or "md";

    /// <summary>Gets the cell's text.</summary>
    public string Text => string.Join("\n", Lines);

    /// <summary>Gets the file line of a line of this cell.</summary>
    /// <param name="offset">The 0-based index into <see cref="Lines"/>.</param>
    /// <returns>The 1-based file line.</returns>
    public int FileLine(int offset) => FirstLine + offset;
}

/// <summary>
/// A line-aware reading of a <c>.dib</c> notebook: the <c>#!meta</c> block and every cell with its
/// line numbers, so that lint findings and format errors can say <c>file:line</c>.
/// </summary>
/// <remarks>
/// The kernel's own parser (<see cref="NotebookDocument"/>) is lenient and keeps no line numbers. This
/// reader follows the same format (a cell starts at a line <c>#!&lt;kernel&gt;</c>) and rejects what
/// would silently go wrong: a <c>#!meta</c> block that is not valid JSON or not first, and a
/// <c>#!</c> line that names neither a kernel nor a magic command (a typo such as <c>#!markdwon</c>
/// would otherwise run prose as C#).
/// </remarks>
public sealed class DibFile
{
    /// <summary>The kernel names (and aliases) that start a cell.</summary>
    public static readonly IReadOnlySet<string> KernelNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "csharp", "cs", "c#", "fsharp", "fs", "f#", "pwsh", "powershell", "javascript", "js", "html",
        "markdown", "md", "mermaid", "value", "sql", "kql", "http",
    };

    /// <summary>Magic commands that may stand alone on a line inside a cell.</summary>
    private static readonly HashSet<string> MagicCommands = new(StringComparer.Ordinal)
    {
        "time", "lsmagic", "about", "who", "whos", "set", "share", "import", "connect", "log", "!",
    };

    private DibFile(string name, string? metaJson, int metaLine, IReadOnlyList<DibCell> cells, IReadOnlyList<string> lines)
    {
        Name = name;
        MetaJson = metaJson;
        MetaLine = metaLine;
        Cells = cells;
        AllLines = lines;
    }

    /// <summary>Gets the name used in messages (usually the repository-relative path).</summary>
    public string Name { get; }

    /// <summary>Gets the JSON of the <c>#!meta</c> block, or null when there is none.</summary>
    public string? MetaJson { get; }

    /// <summary>Gets the 1-based line of <c>#!meta</c>, or 0 when there is none.</summary>
    public int MetaLine { get; }

    /// <summary>Gets the cells in file order.</summary>
    public IReadOnlyList<DibCell> Cells { get; }

    /// <summary>Gets the number of cells a kernel executes (everything but markdown).</summary>
    public int CodeCellCount => Cells.Count(c => !c.IsMarkdown);

    /// <summary>Gets every line of the file.</summary>
    public IReadOnlyList<string> AllLines { get; }

    /// <summary>Reads and checks a <c>.dib</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The name to use in messages; the path when null.</param>
    /// <returns>The parsed file.</returns>
    /// <exception cref="NotebookFormatException">The file is malformed; the message says where.</exception>
    public static DibFile Load(string path, string? name = null) => Parse(File.ReadAllText(path), name ?? path);

    /// <summary>Parses and checks the text of a <c>.dib</c> file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="name">The name to use in messages.</param>
    /// <returns>The parsed file.</returns>
    /// <exception cref="NotebookFormatException">The text is malformed; the message says where.</exception>
    public static DibFile Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<(string Kernel, int Marker, List<string> Body)>();
        List<string>? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = MarkerName(lines[i]);
            if (marker is null)
            {
                if (current is null)
                {
                    if (lines[i].Trim().Length > 0)
                    {
                        throw new NotebookFormatException(name, i + 1,
                            "text before the first cell marker. A .dib file starts with '#!meta' or a cell marker such as '#!markdown' or '#!csharp'.");
                    }

                    continue;
                }

                current.Add(lines[i]);
                continue;
            }

            if (marker == "meta" || KernelNames.Contains(marker))
            {
                current = [];
                blocks.Add((marker, i + 1, current));
            }
            else if (!MagicCommands.Contains(marker))
            {
                throw new NotebookFormatException(name, i + 1,
                    $"'#!{marker}' is neither a kernel nor a magic command. Use one of #!markdown, #!csharp, #!fsharp, #!html, #!mermaid (is it a typo?).");
            }
            else if (current is null)
            {
                throw new NotebookFormatException(name, i + 1, $"the magic command '#!{marker}' stands before the first cell marker.");
            }
            else
            {
                current.Add(lines[i]);
            }
        }

        string? meta = null;
        var metaLine = 0;
        var cells = new List<DibCell>();
        foreach (var (kernel, markerLine, body) in blocks)
        {
            var first = body.FindIndex(l => l.Trim().Length > 0);
            var last = body.FindLastIndex(l => l.Trim().Length > 0);
            var content = first < 0 ? [] : body.GetRange(first, last - first + 1);
            var firstLine = markerLine + 1 + Math.Max(first, 0);
            if (kernel == "meta")
            {
                if (meta is not null || cells.Count > 0)
                {
                    throw new NotebookFormatException(name, markerLine, "'#!meta' must come once, before the first cell.");
                }

                meta = string.Join("\n", content);
                metaLine = markerLine;
                CheckMeta(meta, name, firstLine);
                continue;
            }

            cells.Add(new DibCell(cells.Count, kernel, markerLine, content, firstLine));
        }

        return new DibFile(name, meta, metaLine, cells, lines);
    }

    private static void CheckMeta(string json, string name, int line)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new NotebookFormatException(name, line, "the '#!meta' block must be a JSON object such as {\"kernelInfo\":{...}}.");
            }
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(name, line + (int)(e.LineNumber ?? 0), $"the '#!meta' block is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Returns the name after <c>#!</c> when the line is a bare marker, else null.</summary>
    private static string? MarkerName(string line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.StartsWith("#!", StringComparison.Ordinal) || trimmed.Length < 3)
        {
            return null;
        }

        var word = trimmed[2..];
        return word.Any(char.IsWhiteSpace) ? null : word;
    }
}

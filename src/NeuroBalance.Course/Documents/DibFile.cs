using System.Text.Json;

namespace NeuroBalance.Course.Documents;

/// <summary>
/// The tooling's one notebook model: the <c>#!meta</c> block and every cell, with its identity
/// (<see cref="DibCell.Index"/>) and line numbers, so that lint findings and format errors can say
/// <c>file:line</c> and every run result names the cell it belongs to. Lint, the runner, the
/// student/instructor versions, the <c>.ipynb</c> export and the site all read notebooks through it.
/// </summary>
/// <remarks>
/// A cell starts at a line <c>#!&lt;kernel&gt;</c> (a kernel of <see cref="CellKernels"/>). Every cell
/// is kept, an empty one included, so positions never shift. The reader rejects what would silently go
/// wrong: a <c>#!meta</c> block that is not valid JSON or not first, and a <c>#!</c> line that names
/// neither a kernel nor a magic command (a typo such as <c>#!markdwon</c>, or <c>#!rust</c>, would
/// otherwise run as part of the cell before it).
/// </remarks>
public sealed class DibFile
{
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

    /// <summary>Gets the number of code cells (everything but markdown, empty and not-executed cells included).</summary>
    public int CodeCellCount => Cells.Count(c => !c.IsMarkdown);

    /// <summary>Gets every line of the file.</summary>
    public IReadOnlyList<string> AllLines { get; }

    /// <summary>Reads and checks a <c>.dib</c> file (or a Jupyter <c>.ipynb</c>, read into the same model).</summary>
    /// <param name="path">The file.</param>
    /// <param name="name">The name to use in messages; the path when null.</param>
    /// <returns>The parsed file.</returns>
    /// <exception cref="NotebookFormatException">The file is malformed; the message says where.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DibFile Load(string path, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Notebook '{path}' does not exist.", path);
        }

        var text = File.ReadAllText(path);
        return path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)
            ? IpynbReader.Parse(text, name ?? path)
            : Parse(text, name ?? path);
    }

    /// <summary>Creates the model of a notebook read from another format (cells have no file lines).</summary>
    internal static DibFile FromCells(string name, string? metaJson, IReadOnlyList<DibCell> cells) =>
        new(name, metaJson, 0, cells, []);

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

            if (marker == MetaMarker || CellKernels.Find(marker) is not null)
            {
                current = [];
                blocks.Add((marker, i + 1, current));
            }
            else if (!MagicCommands.Contains(marker))
            {
                throw new NotebookFormatException(name, i + 1,
                    $"'#!{marker}' is neither a kernel nor a magic command. Use one of the kernels {CellKernels.Names} (is it a typo?).");
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
            if (kernel == MetaMarker)
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

            cells.Add(new DibCell(cells.Count, CellKernels.Get(kernel), markerLine, content, firstLine));
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

    /// <summary>The name of the marker that opens the metadata block (<c>#!meta</c>).</summary>
    public const string MetaMarker = "meta";

    /// <summary>Returns the name after <c>#!</c> when the line is a bare marker (<c>#!csharp</c>, <c>#!time</c>), else null.</summary>
    /// <param name="line">A line of a <c>.dib</c> file.</param>
    /// <returns>The name, or null.</returns>
    public static string? MarkerName(string line)
    {
        var trimmed = (line ?? string.Empty).TrimEnd();
        if (!trimmed.StartsWith("#!", StringComparison.Ordinal) || trimmed.Length < 3)
        {
            return null;
        }

        var word = trimmed[2..];
        return word.Any(char.IsWhiteSpace) ? null : word;
    }
}

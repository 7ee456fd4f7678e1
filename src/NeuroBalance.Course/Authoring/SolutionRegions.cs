using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Authoring;

/// <summary>
/// Turns an instructor notebook (<c>.dib</c> text) into its student version by replacing every
/// solution region with a placeholder. A pure text transform: no kernel, no parsing library, and the
/// rest of the file is kept byte for byte (line endings included).
/// </summary>
/// <remarks>
/// <para>The convention (documented for authors in <c>docs/exercises.md</c>):</para>
/// <para><b>Code cell.</b></para>
/// <code>
/// // BEGIN SOLUTION
/// var answer = Concentration.FromMicromolar(2);
/// // STUDENT PLACEHOLDER
/// // Concentration? answer = null; // ✏️ replace null with your answer
/// // END SOLUTION
/// ex.Check(answer)
/// </code>
/// <para>
/// The lines from <c>// BEGIN SOLUTION</c> to <c>// END SOLUTION</c> (inclusive) are replaced by the
/// placeholder lines (those after <c>// STUDENT PLACEHOLDER</c>) with their leading <c>//</c> and one
/// following space removed. Without a <c>// STUDENT PLACEHOLDER</c> section they are replaced by the
/// single line <c>// ✏️ Your code here</c>. Placeholder lines must be comments (or blank), so that the
/// instructor version does not run them.
/// </para>
/// <para><b>Markdown cell.</b> <c>&lt;!-- BEGIN SOLUTION --&gt;</c> … <c>&lt;!-- END SOLUTION --&gt;</c>
/// is replaced by <c>*✏️ Write your answer here.*</c>. Markers inside fenced code blocks of a markdown
/// cell are prose, not markers.</para>
/// <para>
/// Markers stand on their own lines; leading whitespace is allowed and the replacement keeps the BEGIN
/// marker's indentation. Regions do not nest and do not cross cells. An unmatched, nested or misplaced
/// marker, a marker of the other cell kind, or a comment that looks like a marker but is not spelled
/// exactly like one is an error naming the file and the line.
/// </para>
/// </remarks>
public static class SolutionRegions
{
    /// <summary>Opens a region in a code cell.</summary>
    public const string CodeBegin = "// BEGIN SOLUTION";

    /// <summary>Starts the (commented-out) student placeholder inside a code region.</summary>
    public const string CodePlaceholder = "// STUDENT PLACEHOLDER";

    /// <summary>Closes a region in a code cell.</summary>
    public const string CodeEnd = "// END SOLUTION";

    /// <summary>Opens a region in a markdown cell.</summary>
    public const string MarkdownBegin = "<!-- BEGIN SOLUTION -->";

    /// <summary>Closes a region in a markdown cell.</summary>
    public const string MarkdownEnd = "<!-- END SOLUTION -->";

    /// <summary>What a code region without a placeholder section becomes in the student version.</summary>
    public const string DefaultCodePlaceholder = "// ✏️ Your code here";

    /// <summary>What a markdown region becomes in the student version.</summary>
    public const string MarkdownPlaceholder = "*✏️ Write your answer here.*";

    private static readonly string[] MarkerWords = ["BEGIN SOLUTION", "END SOLUTION", "STUDENT PLACEHOLDER"];

    private enum CellKind
    {
        Code,
        Markdown,
        Meta,
    }

    /// <summary>Lists every problem with the markers, without throwing (for linters).</summary>
    /// <param name="text">The notebook's text.</param>
    /// <param name="fileName">The file's name or path, used in the messages.</param>
    /// <returns>The problems in file order; empty when the markers are well formed.</returns>
    public static IReadOnlyList<SolutionRegionError> Validate(string text, string fileName) =>
        Scan(text, fileName).Errors;

    /// <summary>Finds every solution region.</summary>
    /// <param name="text">The notebook's text.</param>
    /// <param name="fileName">The file's name or path, used in error messages.</param>
    /// <returns>The regions in file order.</returns>
    /// <exception cref="SolutionRegionException">A marker is unmatched, nested, misplaced or misspelled.</exception>
    public static IReadOnlyList<SolutionRegion> Find(string text, string fileName)
    {
        var scan = Scan(text, fileName);
        return scan.Errors.Count > 0 ? throw new SolutionRegionException(scan.Errors) : scan.Regions;
    }

    /// <summary>Returns the student version of a notebook's text.</summary>
    /// <param name="text">The instructor notebook's text.</param>
    /// <param name="fileName">The file's name or path, used in error messages.</param>
    /// <returns>The text with every solution region replaced by its placeholder.</returns>
    /// <exception cref="SolutionRegionException">A marker is unmatched, nested, misplaced or misspelled.</exception>
    public static string ToStudentVersion(string text, string fileName)
    {
        var regions = Find(text, fileName);
        if (regions.Count == 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        var output = new List<string>(lines.Length);
        var next = 0;
        foreach (var region in regions)
        {
            for (; next < region.BeginLine - 1; next++)
            {
                output.Add(lines[next]);
            }

            output.AddRange(Replacement(lines, region));
            next = region.EndLine;
        }

        for (; next < lines.Length; next++)
        {
            output.Add(lines[next]);
        }

        return string.Join('\n', output);
    }

    /// <summary>Reads a notebook file and returns its student version.</summary>
    /// <param name="notebook">The instructor notebook.</param>
    /// <returns>The student version's text.</returns>
    /// <exception cref="SolutionRegionException">A marker is unmatched, nested, misplaced or misspelled.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string ToStudentVersion(FileInfo notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return ToStudentVersion(File.ReadAllText(notebook.FullName), notebook.Name);
    }

    /// <summary>Reads a notebook file into the notebook model in its student version (what a learner runs).</summary>
    /// <param name="notebook">The instructor notebook.</param>
    /// <param name="name">The name to use in messages; the file's path when null.</param>
    /// <returns>The student version, read like any notebook.</returns>
    /// <exception cref="SolutionRegionException">A marker is unmatched, nested, misplaced or misspelled.</exception>
    /// <exception cref="NotebookFormatException">The notebook is malformed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DibFile StudentNotebook(FileInfo notebook, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var label = name ?? notebook.FullName;
        return DibFile.Parse(ToStudentVersion(File.ReadAllText(notebook.FullName), label), label);
    }

    private static IEnumerable<string> Replacement(string[] lines, SolutionRegion region)
    {
        var begin = lines[region.BeginLine - 1];
        var lineEnd = begin.EndsWith('\r') ? "\r" : string.Empty;
        var indent = Indentation(begin);
        if (region.Kind == SolutionRegionKind.Markdown)
        {
            return [indent + MarkdownPlaceholder + lineEnd];
        }

        if (region.PlaceholderLine is not int placeholder)
        {
            return [indent + DefaultCodePlaceholder + lineEnd];
        }

        return lines[placeholder..(region.EndLine - 1)].Select(Uncomment);
    }

    /// <summary>Removes the leading <c>//</c> (and one space after it) of a placeholder line, keeping its indentation.</summary>
    private static string Uncomment(string line)
    {
        var lineEnd = line.EndsWith('\r') ? "\r" : string.Empty;
        var content = line.TrimEnd('\r');
        if (content.Trim().Length == 0)
        {
            return lineEnd;
        }

        var indent = Indentation(content);
        var rest = content[(indent.Length + 2)..];
        rest = rest.StartsWith(' ') ? rest[1..] : rest;
        return (rest.Trim().Length == 0 ? string.Empty : indent + rest) + lineEnd;
    }

    private static string Indentation(string line) =>
        line[..(line.Length - line.TrimStart(' ', '\t').Length)];

    private static (IReadOnlyList<SolutionRegion> Regions, IReadOnlyList<SolutionRegionError> Errors) Scan(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var scanner = new Scanner(fileName);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            scanner.Read(i + 1, lines[i].TrimEnd('\r'));
        }

        scanner.EndOfCell(lines.Length);
        return (scanner.Regions, scanner.Errors);
    }

    /// <summary>The marker scanner: one pass over the lines, tracking the current cell and open region.</summary>
    private sealed class Scanner(string fileName)
    {
        private CellKind cell = CellKind.Code;
        private bool inFence;
        private (int Line, SolutionRegionKind Kind, int? Placeholder)? open;

        public List<SolutionRegion> Regions { get; } = [];

        public List<SolutionRegionError> Errors { get; } = [];

        public void Read(int number, string line)
        {
            if (StartsCell(line, out var kind))
            {
                EndOfCell(number - 1);
                cell = kind;
                inFence = false;
                return;
            }

            var trimmed = line.Trim();
            if (cell == CellKind.Meta)
            {
                return;
            }

            if (cell == CellKind.Markdown && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                inFence = !inFence;
                return;
            }

            if (inFence)
            {
                return;
            }

            switch (trimmed)
            {
                case CodeBegin:
                    Begin(number, SolutionRegionKind.Code);
                    break;
                case MarkdownBegin:
                    Begin(number, SolutionRegionKind.Markdown);
                    break;
                case CodePlaceholder:
                    Placeholder(number);
                    break;
                case CodeEnd:
                    End(number, SolutionRegionKind.Code);
                    break;
                case MarkdownEnd:
                    End(number, SolutionRegionKind.Markdown);
                    break;
                default:
                    Other(number, trimmed);
                    break;
            }
        }

        public void EndOfCell(int lastLine)
        {
            if (open is { } region)
            {
                Error(region.Line, $"'{BeginOf(region.Kind)}' is never closed: add '{EndOf(region.Kind)}' on its own line before the cell ends (line {lastLine}).");
                open = null;
            }
        }

        /// <summary>Whether the line starts a cell, read exactly as the notebook reader reads it (<see cref="DibFile.MarkerName"/>, <see cref="CellKernels"/>).</summary>
        private static bool StartsCell(string line, out CellKind kind)
        {
            kind = CellKind.Code;
            var name = DibFile.MarkerName(line);
            if (name == DibFile.MetaMarker)
            {
                kind = CellKind.Meta;
                return true;
            }

            if (CellKernels.Find(name) is not { } kernel)
            {
                return false;
            }

            kind = kernel.IsProse ? CellKind.Markdown : CellKind.Code;
            return true;
        }

        private static string BeginOf(SolutionRegionKind kind) => kind == SolutionRegionKind.Code ? CodeBegin : MarkdownBegin;

        private static string EndOf(SolutionRegionKind kind) => kind == SolutionRegionKind.Code ? CodeEnd : MarkdownEnd;

        private bool RightKindForCell(int number, SolutionRegionKind kind, string marker)
        {
            var expected = cell == CellKind.Markdown ? SolutionRegionKind.Markdown : SolutionRegionKind.Code;
            if (kind == expected)
            {
                return true;
            }

            var use = expected == SolutionRegionKind.Markdown ? "<!-- BEGIN SOLUTION --> / <!-- END SOLUTION -->" : "// BEGIN SOLUTION / // END SOLUTION";
            Error(number, $"'{marker}' is the {(kind == SolutionRegionKind.Code ? "code" : "markdown")} marker, but this is a {(expected == SolutionRegionKind.Code ? "code" : "markdown")} cell: use {use}.");
            return false;
        }

        private void Begin(int number, SolutionRegionKind kind)
        {
            if (!RightKindForCell(number, kind, BeginOf(kind)))
            {
                return;
            }

            if (open is { } outer)
            {
                Error(number, $"Nested '{BeginOf(kind)}': the region opened at line {outer.Line} is still open. Regions do not nest; close it with '{EndOf(outer.Kind)}' first.");
                return;
            }

            open = (number, kind, null);
        }

        private void Placeholder(int number)
        {
            if (!RightKindForCell(number, SolutionRegionKind.Code, CodePlaceholder))
            {
                return;
            }

            if (open is not { } region)
            {
                Error(number, $"'{CodePlaceholder}' outside a solution region: it belongs between '{CodeBegin}' and '{CodeEnd}'.");
            }
            else if (region.Placeholder is int first)
            {
                Error(number, $"A second '{CodePlaceholder}' in the region opened at line {region.Line} (the first is at line {first}).");
            }
            else
            {
                open = region with { Placeholder = number };
            }
        }

        private void End(int number, SolutionRegionKind kind)
        {
            if (!RightKindForCell(number, kind, EndOf(kind)))
            {
                return;
            }

            if (open is not { } region)
            {
                Error(number, $"'{EndOf(kind)}' without a matching '{BeginOf(kind)}' before it in the same cell.");
                return;
            }

            Regions.Add(new SolutionRegion(kind, region.Line, number, region.Placeholder));
            open = null;
        }

        private void Other(int number, string trimmed)
        {
            var isComment = trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("<!--", StringComparison.Ordinal);
            if (isComment && MarkerWords.FirstOrDefault(w => trimmed.Contains(w, StringComparison.OrdinalIgnoreCase)) is { } word)
            {
                Error(number, cell == CellKind.Markdown && word == "STUDENT PLACEHOLDER"
                    ? $"'{trimmed}': markdown regions have no placeholder section; their student version is always '{MarkdownPlaceholder}'. Remove this line."
                    : $"'{trimmed}' looks like a solution marker but is not spelled exactly as one: write '{(cell == CellKind.Markdown ? $"<!-- {word} -->" : $"// {word}")}' alone on its line.");
                return;
            }

            if (open is { Kind: SolutionRegionKind.Code, Placeholder: not null } region && trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                Error(number, $"Placeholder lines (after '{CodePlaceholder}' at line {region.Placeholder}) must be comments starting with '//': the instructor version would run this line.");
            }
        }

        private void Error(int line, string message) => Errors.Add(new SolutionRegionError(fileName, line, message));
    }
}

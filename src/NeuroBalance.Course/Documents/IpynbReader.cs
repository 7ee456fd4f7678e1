using System.Text.Json;

namespace NeuroBalance.Course.Documents;

/// <summary>
/// Reads a Jupyter notebook (<c>.ipynb</c>, as the <c>student</c> command and the build write them)
/// into the one notebook model, so that <c>run</c> treats its cells exactly like a <c>.dib</c>'s.
/// </summary>
internal static class IpynbReader
{
    /// <summary>Parses the notebook JSON.</summary>
    /// <param name="json">The .ipynb text.</param>
    /// <param name="name">The name to use in messages.</param>
    /// <returns>The notebook; a code cell's kernel comes from its Polyglot metadata (C# when absent).</returns>
    /// <exception cref="NotebookFormatException">The JSON is not a notebook, or a cell names an unknown kernel.</exception>
    internal static DibFile Parse(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(name, 1 + (int)(e.LineNumber ?? 0), $"the notebook is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("cells", out var cellsJson) || cellsJson.ValueKind != JsonValueKind.Array)
            {
                throw new NotebookFormatException(name, 1, "not a Jupyter notebook: the JSON has no 'cells' array.");
            }

            var cells = new List<DibCell>();
            foreach (var cell in cellsJson.EnumerateArray())
            {
                var lines = Source(cell).ReplaceLineEndings("\n").Split('\n').ToList();
                var kernel = IsMarkdown(cell) ? CellKernels.Markdown : CodeKernel(cell, lines, name, cells.Count + 1);
                var first = lines.FindIndex(l => l.Trim().Length > 0);
                var last = lines.FindLastIndex(l => l.Trim().Length > 0);
                cells.Add(new DibCell(cells.Count, kernel, 0, first < 0 ? [] : lines.GetRange(first, last - first + 1), 0));
            }

            var meta = document.RootElement.TryGetProperty("metadata", out var metadata)
                && metadata.TryGetProperty("polyglot_notebook", out var polyglot)
                ? polyglot.GetRawText()
                : null;
            return DibFile.FromCells(name, meta, cells);
        }
    }

    private static bool IsMarkdown(JsonElement cell) =>
        cell.TryGetProperty("cell_type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "markdown";

    private static string Source(JsonElement cell) =>
        !cell.TryGetProperty("source", out var source) ? string.Empty
        : source.ValueKind == JsonValueKind.Array ? string.Concat(source.EnumerateArray().Select(l => l.GetString()))
        : source.GetString() ?? string.Empty;

    /// <summary>The kernel of a code cell: its Polyglot metadata, or a leading <c>#!kernel</c> line (which is then removed), or C#.</summary>
    private static CellKernel CodeKernel(JsonElement cell, List<string> lines, string name, int number)
    {
        string? declared = null;
        if (cell.TryGetProperty("metadata", out var metadata))
        {
            if (metadata.TryGetProperty("polyglot_notebook", out var polyglot) && polyglot.TryGetProperty("kernelName", out var kernelName))
            {
                declared = kernelName.GetString();
            }
            else if (metadata.TryGetProperty("dotnet_interactive", out var interactive) && interactive.TryGetProperty("language", out var language))
            {
                declared = language.GetString();
            }
        }

        var firstLine = lines.FindIndex(l => l.Trim().Length > 0);
        if (firstLine >= 0 && lines[firstLine].Trim() is { } marker && marker.StartsWith("#!", StringComparison.Ordinal)
            && CellKernels.Find(marker[2..]) is { } magic && (declared is null || magic.IsNamedBy(declared)))
        {
            lines.RemoveAt(firstLine);
            return magic;
        }

        return declared is null ? CellKernels.CSharp
            : CellKernels.Find(declared) ?? throw new NotebookFormatException(name, 1, $"cell {number} names the kernel '{declared}', which the course tooling does not know. Known: {CellKernels.Names}.");
    }
}

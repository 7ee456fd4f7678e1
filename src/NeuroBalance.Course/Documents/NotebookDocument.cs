using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NeuroBalance.Course.Documents;

/// <summary>A parsed <c>.dib</c> (or <c>.ipynb</c>) notebook: its cells in order.</summary>
public sealed class NotebookDocument
{
    private NotebookDocument(FileInfo file, IReadOnlyList<NotebookCell> cells)
    {
        File = file;
        Cells = cells;
    }

    /// <summary>Gets the notebook file.</summary>
    public FileInfo File { get; }

    /// <summary>Gets every cell, markdown included, in file order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Gets the cells that a kernel executes (everything but markdown).</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => !c.IsMarkdown);

    /// <summary>Reads and parses a notebook with <c>Microsoft.DotNet.Interactive.Documents</c>.</summary>
    /// <param name="path">A <c>.dib</c> or <c>.ipynb</c> file.</param>
    /// <returns>The parsed notebook.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ArgumentException">The file is neither <c>.dib</c> nor <c>.ipynb</c>.</exception>
    public static NotebookDocument Load(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"Notebook '{path}' does not exist.", path);
        }

        return Parse(System.IO.File.ReadAllText(file.FullName), file);
    }

    /// <summary>Reads a notebook and parses its student version: every solution region replaced by its placeholder.</summary>
    /// <param name="path">A <c>.dib</c> file.</param>
    /// <returns>The student version, located at the original file (so that it runs in the same folder).</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="Authoring.SolutionRegionException">A solution marker is malformed.</exception>
    public static NotebookDocument LoadStudentVersion(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"Notebook '{path}' does not exist.", path);
        }

        return Parse(Authoring.SolutionRegions.ToStudentVersion(file), file);
    }

    /// <summary>Parses notebook text that belongs at <paramref name="file"/> (which need not hold that text, e.g. a student version).</summary>
    /// <param name="text">The notebook's text.</param>
    /// <param name="file">Where the notebook lives: its folder is the kernel's working directory, and its extension picks the format.</param>
    /// <returns>The parsed notebook.</returns>
    /// <exception cref="ArgumentException">The file is neither <c>.dib</c> nor <c>.ipynb</c>.</exception>
    public static NotebookDocument Parse(string text, FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var kernels = DefaultKernels();
        InteractiveDocument document = file.Extension.ToLowerInvariant() switch
        {
            ".dib" => CodeSubmission.Parse(text, kernels),
            ".ipynb" => Notebook.Parse(text, kernels),
            _ => throw new ArgumentException(
                $"'{file.Name}' is not a notebook: expected a .dib or .ipynb file, but the extension is '{file.Extension}'.", nameof(file)),
        };

        var cells = document.Elements
            .Select((element, i) => new NotebookCell(i + 1, element.KernelName ?? kernels.DefaultKernelName ?? "csharp", element.Contents))
            .ToArray();
        return new NotebookDocument(file, cells);
    }

    /// <summary>The kernels that a Polyglot notebook may name; C# is the default.</summary>
    private static KernelInfoCollection DefaultKernels() =>
        new KernelInfoCollection { DefaultKernelName = "csharp" }
         .With("csharp", "cs", "C#")
         .With("fsharp", "fs", "F#")
         .With("pwsh", "powershell", "PowerShell")
         .With("javascript", "js", "JavaScript")
         .With("html", null, "HTML")
         .With("markdown", "md", "Markdown")
         .With("mermaid", null, "Mermaid")
         .With("value", null, null);
}

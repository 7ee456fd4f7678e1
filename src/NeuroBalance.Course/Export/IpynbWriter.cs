using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Export;

/// <summary>Where an exported notebook is written, so that its relative paths resolve from there.</summary>
/// <param name="Repository">The repository the notebook belongs to.</param>
/// <param name="From">The folder the notebook's relative paths are relative to now (its <c>notebooks/</c> folder).</param>
/// <param name="To">The folder the .ipynb is written to.</param>
public sealed record IpynbPlacement(CourseRepository Repository, DirectoryInfo From, DirectoryInfo To);

/// <summary>
/// Writes a lesson as a Jupyter notebook (nbformat 4.5) with its outputs, so that GitHub and Jupyter
/// viewers show it without the Polyglot Notebooks extension.
/// </summary>
/// <remarks>
/// Each displayed value becomes one <c>display_data</c> (or <c>execute_result</c>) output carrying all
/// the formats the kernel sent. The kernel sends a chart as <c>text/html</c> only, so chart outputs get
/// two more formats here: <c>text/plain</c> (the chart's title and description, from its caption) and,
/// when the build rendered one in headless Chromium, <c>image/png</c>; viewers that do not run scripts
/// (GitHub, an untrusted notebook) show the image. Only the first chart output of the notebook keeps
/// the compressed plotly.js carrier (<see cref="ChartCarrier"/>); every chart's loader finds it there,
/// so the notebook draws in Jupyter and VS Code without a copy per chart. That carrier holds plotly.js's
/// basic bundle (0.45 MB instead of 1.45 MB) when it draws every chart of the notebook (<see cref="ExportBundle"/>).
/// With an <see cref="IpynbPlacement"/>, the notebook also runs where it is written (in Jupyter with the <c>.net-csharp</c> kernel or in VS Code): relative <c>#r</c> paths and links are
/// rewritten for its folder, links to other lessons point to their <c>.ipynb</c>, and a first code cell
/// checks that the course library is where the notebook expects it and, if not, prints exactly what is
/// missing, where, and the command that builds it.
/// </remarks>
public static partial class IpynbWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the notebook JSON.</summary>
    /// <param name="lesson">A lesson that could be read (its <see cref="LessonBuild.Dib"/> is set).</param>
    /// <returns>The .ipynb text.</returns>
    /// <exception cref="ArgumentException">The lesson is malformed.</exception>
    public static string ToJson(LessonBuild lesson) => ToJson(lesson, (IpynbPlacement?)null);

    /// <summary>Builds the notebook JSON, adding a static image to each chart output that has one.</summary>
    /// <param name="lesson">A lesson that could be read (its <see cref="LessonBuild.Dib"/> is set).</param>
    /// <param name="chartImages">PNG images (base64) by chart output HTML, from <c>ChartImages</c>; null for none.</param>
    /// <returns>The .ipynb text.</returns>
    /// <exception cref="ArgumentException">The lesson is malformed.</exception>
    public static string ToJson(LessonBuild lesson, IReadOnlyDictionary<string, string>? chartImages) => ToJson(lesson, null, chartImages);

    /// <summary>Builds the notebook JSON for a notebook written to <paramref name="placement"/>'s folder, with a static image for each chart output that has one.</summary>
    /// <param name="lesson">A lesson that could be read (its <see cref="LessonBuild.Dib"/> is set).</param>
    /// <param name="placement">Where the notebook is written; null keeps the sources unchanged.</param>
    /// <param name="chartImages">PNG images (base64) by chart output HTML, from <c>ChartImages</c>; null for none.</param>
    /// <returns>The .ipynb text.</returns>
    /// <exception cref="ArgumentException">The lesson is malformed.</exception>
    public static string ToJson(LessonBuild lesson, IpynbPlacement? placement, IReadOnlyDictionary<string, string>? chartImages = null)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var dib = lesson.Dib ?? throw new ArgumentException($"{lesson.Name} could not be read, so it has no notebook to export.", nameof(lesson));
        return ToJson(dib, lesson.Cells().Select(c => (c.Cell.KernelName, c.Cell.Text, c.Result)), placement, chartImages);
    }

    /// <summary>Builds the notebook JSON, without outputs, of a notebook written to <paramref name="placement"/>'s folder.</summary>
    /// <param name="dib">The notebook.</param>
    /// <param name="placement">Where the notebook is written; null keeps the sources unchanged.</param>
    /// <returns>The .ipynb text.</returns>
    public static string ToJson(DibFile dib, IpynbPlacement? placement)
    {
        ArgumentNullException.ThrowIfNull(dib);
        return ToJson(dib, dib.Cells.Select(c => (c.KernelName, c.Text, (CellResult?)null)), placement, null);
    }

    /// <summary>The C# of the check cell an exported notebook starts with, or null when it loads no relative DLL.</summary>
    /// <param name="relocatedSources">The notebook's code, with paths already relative to <paramref name="placement"/>'s folder.</param>
    /// <param name="placement">Where the notebook is written.</param>
    /// <returns>The cell's code, or null.</returns>
    public static string? LibraryCheckCell(IEnumerable<string> relocatedSources, IpynbPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(relocatedSources);
        ArgumentNullException.ThrowIfNull(placement);
        var reference = relocatedSources.Select(s => DllReference().Match(s)).FirstOrDefault(m => m.Success && !Path.IsPathRooted(m.Groups["path"].Value));
        if (reference is null)
        {
            return null;
        }

        var relative = reference.Groups["path"].Value;
        var root = placement.Repository.Root;
        var library = new FileInfo(Path.GetFullPath(Path.Combine(placement.To.FullName, relative)));
        var libraryInRepository = placement.Repository.RelativePath(library);
        var folderInRepository = placement.Repository.RelativePath(placement.To);
        var toRoot = Path.GetRelativePath(placement.To.FullName, root.FullName).Replace('\\', '/');
        var binIndex = libraryInRepository.IndexOf("/bin/", StringComparison.Ordinal);
        var project = binIndex > 0 ? libraryInRepository[..binIndex] : null;
        var build = project is null ? "dotnet build" : $"dotnet build {project}";
        var code = new StringBuilder();
        code.Append(CultureInfo.InvariantCulture, $$"""
            // Set-up check: this notebook loads the course library from a NeuroBalance clone. It was written
            // to run in {{folderInRepository}}/ of the clone, where the library is {{relative}}
            // (built by `{{build}}` at the clone's root). Paths are relative to this notebook's folder.
            var courseLibrary = System.IO.Path.GetFullPath({{Literal(relative)}});
            var courseClone = System.IO.Path.GetFullPath({{Literal(toRoot)}});
            if (System.IO.File.Exists(courseLibrary))
            {
                Console.WriteLine($"✓ Course library found: {courseLibrary}");
            }
            else if (System.IO.File.Exists(System.IO.Path.Combine(courseClone, "NeuroBalance.sln")))
            {
                Console.WriteLine($"✗ The course library is not built yet: {courseLibrary} does not exist.");
                Console.WriteLine("  In a terminal, run:");
                Console.WriteLine($"      cd \"{courseClone}\"");
                Console.WriteLine({{Literal("      " + build)}});
                Console.WriteLine("  then restart the kernel and run this notebook again from the top.");
            }
            else
            {
                Console.WriteLine($"✗ This notebook is not in a NeuroBalance clone, so it cannot load the course library (it looked for {courseLibrary}).");
                Console.WriteLine({{Literal($"  It was written to run in the folder {folderInRepository}/ of a clone of the NeuroBalance repository, and loads {libraryInRepository} from there.")}});
                Console.WriteLine({{Literal($"  1. Put this notebook in {folderInRepository}/ of your clone (or open the copy that is already there).")}});
                Console.WriteLine({{Literal($"  2. In a terminal at the clone's root, run: {build}")}});
                Console.WriteLine("  3. Restart the kernel and run this notebook again from the top.");
            }
            """);
        return code.ToString();
    }

    private static string Literal(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string ToJson(DibFile dib, IEnumerable<(string Kernel, string Source, CellResult? Result)> lessonCells, IpynbPlacement? placement, IReadOnlyDictionary<string, string>? chartImages)
    {
        var sourceCells = lessonCells.ToList();
        if (placement is not null)
        {
            sourceCells = sourceCells.Select(c => (c.Kernel, c.Kernel is "markdown" or "md"
                ? RelocateMarkdown(c.Source, placement)
                : NotebookPaths.Relocate(c.Source, placement.From, placement.To), c.Result)).ToList();
            var check = LibraryCheckCell(sourceCells.Where(c => c.Kernel is not ("markdown" or "md")).Select(c => c.Source), placement);
            var firstCode = sourceCells.FindIndex(c => c.Kernel is not ("markdown" or "md"));
            if (check is not null && firstCode >= 0)
            {
                sourceCells.Insert(firstCode, ("csharp", check, null));
            }
        }

        var cells = new JsonArray();
        var executionCount = 0;
        var carrierKept = false;
        var basicBundle = ExportBundle.BasicSuffices(sourceCells.Where(c => c.Result is not null)
            .SelectMany(c => OutputGroup.Of(c.Result!.Outputs)).Select(g => g.Html).OfType<string>().Where(IsChart));
        var index = 0;
        foreach (var (kernel, cellSource, result) in sourceCells)
        {
            // nbformat 4.5 cell ids: 1-64 characters from [a-zA-Z0-9-_], unique in the notebook.
            var id = $"cell-{++index}";
            if (kernel is "markdown" or "md")
            {
                cells.Add(new JsonObject { ["cell_type"] = "markdown", ["id"] = id, ["metadata"] = new JsonObject(), ["source"] = Lines(cellSource) });
                continue;
            }

            // Jupyter sends every cell to the notebook's default kernel (C#): other languages need their magic.
            var source = placement is not null && kernel is not ("csharp" or "cs" or "c#") ? $"#!{kernel}\n{cellSource}" : cellSource;

            var ran = result is { Status: CellStatus.Passed or CellStatus.Failed };
            int? count = ran ? ++executionCount : null;
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = count,
                ["id"] = id,
                ["metadata"] = new JsonObject
                {
                    ["dotnet_interactive"] = new JsonObject { ["language"] = kernel },
                    ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel },
                },
                ["outputs"] = result is null ? new JsonArray() : Outputs(result, count, chartImages, basicBundle, ref carrierKept),
                ["source"] = Lines(source),
            });
        }

        JsonNode kernelInfo = dib.MetaJson is null ? new JsonObject() : JsonNode.Parse(dib.MetaJson)?["kernelInfo"]?.DeepClone() ?? new JsonObject();
        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["name"] = "C#", ["pygments_lexer"] = "csharp", ["version"] = "13.0" },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = kernelInfo },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return notebook.ToJsonString(Indented) + "\n";
    }

    /// <summary>Rewrites a markdown cell for the export folder: relative links and images are relocated, links to lessons point to their .ipynb.</summary>
    private static string RelocateMarkdown(string markdown, IpynbPlacement placement) =>
        MarkdownLink().Replace(markdown, m =>
        {
            var path = m.Groups["path"].Value;
            if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith('/') || path.StartsWith('#') || path.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                return m.Value;
            }

            var target = Path.GetFullPath(Path.Combine(placement.From.FullName, path));
            if (path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(target) == placement.From.FullName.TrimEnd(Path.DirectorySeparatorChar))
            {
                return m.Groups["head"].Value + Path.ChangeExtension(Path.GetFileName(path), ".ipynb") + m.Groups["tail"].Value;
            }

            return m.Groups["head"].Value + Path.GetRelativePath(placement.To.FullName, target).Replace('\\', '/') + m.Groups["tail"].Value;
        });

    [GeneratedRegex("^\\s*#r\\s+\"(?<path>(?!nuget:)[^\"\\r\\n]+\\.dll)\"", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DllReference();

    [GeneratedRegex("(?<head>\\]\\()(?<path>[^)\\s#]+)(?<tail>(?:#[^)\\s]*)?(?:\\s+\"[^\"]*\")?\\))")]
    private static partial Regex MarkdownLink();

    private static JsonArray Outputs(CellResult result, int? count, IReadOnlyDictionary<string, string>? chartImages, bool basicBundle, ref bool carrierKept)
    {
        var outputs = new JsonArray();
        foreach (var group in OutputGroup.Of(result.Outputs))
        {
            switch (group.Kind)
            {
                case CellOutputKind.StandardOutput or CellOutputKind.StandardError:
                    outputs.Add(new JsonObject
                    {
                        ["output_type"] = "stream",
                        ["name"] = group.Kind == CellOutputKind.StandardOutput ? "stdout" : "stderr",
                        ["text"] = Lines(string.Concat(group.Formats.Where(f => !f.IsHtml).Select(f => f.Value))),
                    });
                    break;
                default:
                    var data = new JsonObject();
                    foreach (var format in group.Formats)
                    {
                        data[format.MimeType] = Lines(format.Value);
                    }

                    if (group.Html is { } html && IsChart(html))
                    {
                        var kept = html;
                        if (ChartCarrier.Carries(html))
                        {
                            kept = carrierKept ? ChartCarrier.Remove(html) : basicBundle ? ExportBundle.WithBasicCarrier(html) : html;
                            carrierKept = true;
                        }

                        data["text/html"] = Lines(kept);
                        data["text/plain"] ??= Lines(ChartText(html));
                        if (chartImages is not null && chartImages.TryGetValue(html, out var png))
                        {
                            data["image/png"] = png;
                        }
                    }

                    var output = new JsonObject { ["output_type"] = group.Kind == CellOutputKind.ReturnValue ? "execute_result" : "display_data", ["data"] = data, ["metadata"] = new JsonObject() };
                    if (group.Kind == CellOutputKind.ReturnValue)
                    {
                        output["execution_count"] = count;
                    }

                    outputs.Add(output);
                    break;
            }
        }

        if (result.Errors.Count > 0)
        {
            var first = result.Errors[0].Split('\n')[0];
            outputs.Add(new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = "Error",
                ["evalue"] = first,
                ["traceback"] = new JsonArray([.. result.Errors.SelectMany(e => e.Split('\n')).Select(l => (JsonNode)JsonValue.Create(l)!)]),
            });
        }

        return outputs;
    }

    /// <summary>Gets whether an HTML output draws a Plotly chart.</summary>
    /// <param name="html">An HTML output.</param>
    /// <returns>True for a chart output.</returns>
    public static bool IsChart(string html) =>
        html.Contains("Plotly.newPlot(", StringComparison.Ordinal) || html.Contains("Plotly.react(", StringComparison.Ordinal);

    /// <summary>The text fallback of a chart output: its caption (title and description), or a generic line.</summary>
    /// <param name="html">A chart output.</param>
    /// <returns>Plain text.</returns>
    public static string ChartText(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var caption = document.QuerySelector("figure figcaption")?.TextContent.Trim();
        return string.IsNullOrEmpty(caption) ? "Interactive Plotly chart (open the notebook in Jupyter or VS Code to see it)." : "Chart: " + caption;
    }

    /// <summary>nbformat's multi-line string: a list of lines, each but the last ending in a newline.</summary>
    private static JsonArray Lines(string text)
    {
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        var array = new JsonArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i < lines.Length - 1 ? lines[i] + "\n" : lines[i];
            if (line.Length > 0)
            {
                array.Add(JsonValue.Create(line));
            }
        }

        return array;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Export;

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
/// so the notebook draws in Jupyter and VS Code without a copy per chart.
/// </remarks>
public static class IpynbWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the notebook JSON.</summary>
    /// <param name="lesson">A lesson that could be read (its <see cref="LessonBuild.Dib"/> is set).</param>
    /// <returns>The .ipynb text.</returns>
    /// <exception cref="ArgumentException">The lesson is malformed.</exception>
    public static string ToJson(LessonBuild lesson) => ToJson(lesson, null);

    /// <summary>Builds the notebook JSON, adding a static image to each chart output that has one.</summary>
    /// <param name="lesson">A lesson that could be read (its <see cref="LessonBuild.Dib"/> is set).</param>
    /// <param name="chartImages">PNG images (base64) by chart output HTML, from <c>ChartImages</c>; null for none.</param>
    /// <returns>The .ipynb text.</returns>
    /// <exception cref="ArgumentException">The lesson is malformed.</exception>
    public static string ToJson(LessonBuild lesson, IReadOnlyDictionary<string, string>? chartImages)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var dib = lesson.Dib ?? throw new ArgumentException($"{lesson.Name} could not be read, so it has no notebook to export.", nameof(lesson));
        var cells = new JsonArray();
        var executionCount = 0;
        var carrierKept = false;
        var index = 0;
        foreach (var (kernel, source, result) in lesson.Cells())
        {
            // nbformat 4.5 cell ids: 1-64 characters from [a-zA-Z0-9-_], unique in the notebook.
            var id = $"cell-{++index}";
            if (kernel is "markdown" or "md")
            {
                cells.Add(new JsonObject { ["cell_type"] = "markdown", ["id"] = id, ["metadata"] = new JsonObject(), ["source"] = Lines(source) });
                continue;
            }

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
                ["outputs"] = result is null ? new JsonArray() : Outputs(result, count, chartImages, ref carrierKept),
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

    private static JsonArray Outputs(CellResult result, int? count, IReadOnlyDictionary<string, string>? chartImages, ref bool carrierKept)
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
                            kept = carrierKept ? ChartCarrier.Remove(html) : html;
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

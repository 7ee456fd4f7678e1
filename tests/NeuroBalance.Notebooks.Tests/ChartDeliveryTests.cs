using System.Text.Json.Nodes;
using NeuroBalance.Charts;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Rendering;
using NeuroBalance.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Issue 15, deliveries 3-5: charts survive re-runs, saving and reopening; exported chart outputs carry
/// a static image and a text fallback; a learner's own Plotly.NET chart draws offline in the real kernel.
/// </summary>
public sealed class ChartDeliveryTests
{
    private const string Lesson = "notebooks/A1-terminal-models.dib";

    [Fact]
    public async Task RunAll_RerunFirstChart_SaveAndReload_EveryChartDraws()
    {
        // Run all: five charts. Re-run the first chart cell: its output is replaced. Saving keeps the
        // outputs as they are; reopening renders them in a fresh page (no window.Plotly).
        var saved = SessionOutputs(PlotlyDeliveryMode.EveryChart);

        var drawings = await RenderAsync(saved);

        Assert.Equal(5, drawings.Count);
        Assert.All(drawings, d => Assert.True(d.Drew, $"chart of cell {d.CellNumber} did not draw after re-run, save and reload"));
    }

    [Fact]
    public async Task OncePerSession_RerunFirstChart_SaveAndReload_DrawsNothing()
    {
        // The old delivery, as a control: the scenario test above fails with it.
        var saved = SessionOutputs(PlotlyDeliveryMode.OncePerSession);

        var drawings = await RenderAsync(saved);

        Assert.Equal(5, drawings.Count);
        Assert.All(drawings, d => Assert.False(d.Drew));
    }

    [Fact]
    public async Task LearnerPlotlyNetChart_DrawsOffline_InTheRealKernel_AndExportCarriesImageAndText()
    {
        var browser = Browser.FindOrSkip();
        var result = await NotebookRuns.RunAsync(Lesson);
        Assert.True(result.Succeeded, result.DescribeFailures());

        // The learner's chart: Plotly.NET.CSharp.Chart.Line with Plotly.NET's defaults on.
        var cell = Assert.Single(result.Cells, c => !c.Cell.IsMarkdown && c.Cell.Text.Contains("Plotly.NET.CSharp.Chart.Line", StringComparison.Ordinal));
        var html = Assert.Single(cell.Outputs, o => o.IsHtml).Value;
        Assert.True(IpynbWriter.IsChart(html), html.Length > 400 ? html[..400] : html);
        Assert.DoesNotMatch("<script[^>]+src=", ChartCarrier.Remove(html));
        var alone = await new ChartRenderCheck(browser).CheckOutputsAsync([(cell.Cell.Number, html)], TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.True(Assert.Single(alone).Drew, "the learner's Plotly.NET chart did not draw on its own, offline");

        // Export: every chart output carries an image/png and a text/plain; one output carries plotly.js.
        var lesson = CoursePlan.Create(NotebookRuns.Repository).Single(l => l.File.Name == Path.GetFileName(Lesson));
        var built = await CoursePlan.RunAsync(lesson, (_, _, _) => Task.FromResult(result), null, TestContext.Current.CancellationToken);
        var charts = built.Cells().Where(c => c.Result is not null)
            .SelectMany(c => Course.Running.OutputGroup.Of(c.Result!.Outputs)).Select(g => g.Html).OfType<string>().Where(IpynbWriter.IsChart).ToArray();
        var images = await ChartImages.RenderAsync(browser, charts, PlotlyScript.MinifiedSource, TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var notebook = JsonNode.Parse(IpynbWriter.ToJson(built, images))!;
        var chartOutputs = notebook["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Select(o => o!["data"]).OfType<JsonObject>()
            .Where(d => d["text/html"] is JsonArray h && IpynbWriter.IsChart(string.Concat(h.Select(l => l!.GetValue<string>()))))
            .ToArray();
        Assert.Equal(charts.Length, chartOutputs.Length);
        Assert.True(chartOutputs.Length >= 8, $"A1 should show at least 8 charts, found {chartOutputs.Length}");
        Assert.All(chartOutputs, d =>
        {
            var png = Convert.FromBase64String(d["image/png"]!.GetValue<string>());
            Assert.True(png.Length > 2_000 && png[1] == (byte)'P' && png[2] == (byte)'N' && png[3] == (byte)'G', "each chart output carries a PNG image");
            Assert.StartsWith("Chart: ", string.Concat(d["text/plain"]!.AsArray().Select(l => l!.GetValue<string>())), StringComparison.Ordinal);
        });
        var htmls = chartOutputs.Select(d => string.Concat(d["text/html"]!.AsArray().Select(l => l!.GetValue<string>()))).ToArray();
        Assert.Single(htmls, ChartCarrier.Carries);

        // Reopened, the exported notebook's outputs draw together: the rest find the one carrier.
        var reopened = await new ChartRenderCheck(browser).CheckOutputsAsync(htmls.Select((h, i) => (i + 1, h)), TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        Assert.All(reopened, d => Assert.True(d.Drew, $"exported chart {d.CellNumber} did not draw"));
        // The one carrier is plotly.js's basic bundle (every chart here is scatter): the export without its images stays under 1 MB.
        Assert.Contains("data-plotly-bundle=\"basic\"", Assert.Single(htmls, ChartCarrier.Carries), StringComparison.Ordinal);
        Assert.InRange(IpynbWriter.ToJson(built).Length, 1, 1_000_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"A1 exported: {IpynbWriter.ToJson(built, images).Length / 1e6:0.00} MB with images, {IpynbWriter.ToJson(built).Length / 1e6:0.00} MB without; {images.Values.Sum(p => p.Length) / 1e6:0.00} MB of base64 PNG for {images.Count} charts");
    }

    [Fact]
    public void CarrierTypes_Agree() => Assert.Equal(PlotlyScript.CarrierType, ChartCarrier.CarrierType);

    private static List<(int Cell, string Html)> SessionOutputs(PlotlyDeliveryMode mode)
    {
        using var session = NeuroBalance.Hosting.CourseSession.Use(new NeuroBalance.Hosting.CourseSession(charts: new ChartDelivery(mode)));
        var outputs = Enumerable.Range(1, 5).Select(i => (Cell: i, Html: FigureHtml.RenderForNotebook(Small(i)))).ToList();
        outputs[0] = (1, FigureHtml.RenderForNotebook(Small(1))); // the re-run
        return outputs;
    }

    private static Figure Small(int i) =>
        new($"chart {i}", "d", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0, 2.0], [1.0, i])]);

    private static Task<IReadOnlyList<ChartDrawing>> RenderAsync(IEnumerable<(int Cell, string Html)> outputs) =>
        new ChartRenderCheck(Browser.FindOrSkip()).CheckOutputsAsync(outputs, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
}

using System.Text;
using AngleSharp.Html.Parser;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Rendering;

/// <summary>
/// Checks that the charts a notebook produced really draw, offline, in a real browser.
/// </summary>
/// <remarks>
/// VS Code shows all outputs of a notebook in one web page, in cell order, so a chart may rely on
/// plotly.js sent by an earlier output. This check builds the same kind of page from the notebook's
/// <c>text/html</c> outputs, loads it in headless Chromium with networking off, and looks for the
/// <c>svg.main-svg</c> element that Plotly creates in each chart.
/// </remarks>
public sealed class ChartRenderCheck
{
    private const string OutputClass = "neurobalance-cell-output";
    private readonly HeadlessChromium browser;

    /// <summary>Creates the check.</summary>
    /// <param name="browser">The browser to render with.</param>
    public ChartRenderCheck(HeadlessChromium browser) => this.browser = browser ?? throw new ArgumentNullException(nameof(browser));

    /// <summary>
    /// Gets whether an HTML output contains a library chart: an element marked <c>data-neurobalance="chart"</c>
    /// (every Plotly chart a notebook shows goes through the library's formatter, learners' own Plotly.NET charts too).
    /// </summary>
    /// <param name="html">An HTML output.</param>
    /// <returns>True when the output has a marked chart.</returns>
    public static bool IsChart(string html) => Export.IpynbWriter.IsChart(html);

    /// <summary>Renders every chart of a notebook run and reports, per chart, whether it drew.</summary>
    /// <param name="result">A notebook run.</param>
    /// <param name="timeout">How long the browser may take.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One entry per chart output, in order; empty when the notebook made no chart.</returns>
    public async Task<IReadOnlyList<ChartDrawing>> CheckAsync(NotebookResult result, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outputs = result.Cells
            .SelectMany(c => c.Outputs.Where(o => o.IsHtml).Select(o => (c.Cell.Number, o.Value)))
            .ToArray();
        return outputs.Any(o => IsChart(o.Value))
            ? await CheckOutputsAsync(outputs, timeout, cancellationToken).ConfigureAwait(false)
            : [];
    }

    /// <summary>Renders HTML outputs on one page and reports, per chart output, whether it drew.</summary>
    /// <param name="outputs">(cell number, HTML) pairs, in the order the page shows them.</param>
    /// <param name="timeout">How long the browser may take.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One entry per chart output, in page order.</returns>
    public async Task<IReadOnlyList<ChartDrawing>> CheckOutputsAsync(IEnumerable<(int Cell, string Html)> outputs, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var page = new FileInfo(Path.Combine(Path.GetTempPath(), $"neurobalance-{Guid.NewGuid():N}.html"));
        await File.WriteAllTextAsync(page.FullName, BuildPage(outputs), cancellationToken).ConfigureAwait(false);
        try
        {
            var dom = await browser.DumpDomAsync(page, timeout, cancellationToken).ConfigureAwait(false);
            return ReadDrawings(dom);
        }
        finally
        {
            page.Delete();
        }
    }

    /// <summary>Builds one page from the outputs, each in its own container, as VS Code shows them.</summary>
    /// <param name="outputs">(cell number, HTML) pairs in notebook order.</param>
    /// <returns>A complete HTML document.</returns>
    public static string BuildPage(IEnumerable<(int Cell, string Html)> outputs)
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>notebook outputs</title></head><body>");
        foreach (var (cell, html) in outputs)
        {
            page.Append($"<div class=\"{OutputClass}\" data-cell=\"{cell}\" data-chart=\"{(IsChart(html) ? "yes" : "no")}\">")
                .Append(html)
                .Append("</div>\n");
        }

        return page.Append("</body></html>").ToString();
    }

    /// <summary>Reads, from a rendered page, which chart outputs drew.</summary>
    /// <param name="dom">The DOM after scripts ran.</param>
    /// <returns>One entry per chart output.</returns>
    public static IReadOnlyList<ChartDrawing> ReadDrawings(string dom)
    {
        var document = new HtmlParser().ParseDocument(dom);
        return document.QuerySelectorAll($"div.{OutputClass}[data-chart=yes]")
            .Select(output => new ChartDrawing(
                int.Parse(output.GetAttribute("data-cell")!, System.Globalization.CultureInfo.InvariantCulture),
                output.QuerySelector($"{Markup.HtmlMarkers.Selector(Markup.HtmlMarkers.Chart)} figcaption strong")?.TextContent.TrimEnd('.') ?? "(Plotly chart)",
                output.QuerySelector("svg.main-svg") is not null))
            .ToArray();
    }
}

using NeuroBalance.Testing;
using AngleSharp.Html.Parser;
using NeuroBalance.Course.Rendering;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The knowledge-base notebook, run in the real kernel, shows the card, the pathway diagram and the
/// hormone-effects matrix as HTML (so the library's formatters are found by the kernel), and that
/// HTML lays out in headless Chromium.
/// </summary>
public sealed class KnowledgeBaseNotebookTests
{
    private const string Notebook = "notebooks/A3-knowledge-base.dib";

    [Fact]
    public async Task A3_ShowsCardPathwayMatrixGlossaryAndStory_AsHtml_InTheRealKernel()
    {
        var result = await NotebookRuns.RunAsync(Notebook);
        Assert.True(result.Succeeded, result.DescribeFailures());

        var html = string.Join("\n", result.HtmlOutputs.Select(o => o.Value));
        var document = new HtmlParser().ParseDocument(html);
        Assert.NotNull(document.QuerySelector(".nb-kb-card .card"));
        Assert.NotNull(document.QuerySelector(".nb-kb-pathway svg[role=img]"));
        Assert.NotNull(document.QuerySelector(".nb-kb-matrix table"));
        Assert.NotNull(document.QuerySelector(".nb-kb-receptors table"));
        Assert.NotNull(document.QuerySelector(".nb-kb-effects table"));
        Assert.NotNull(document.QuerySelector(".nb-kb-glossary .card"));
        Assert.NotNull(document.QuerySelector(".nb-kb-story table"));
        Assert.Contains(result.Cells.SelectMany(c => c.Outputs), o => o.Value.Contains("Did you mean \"autoreceptor\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A3_KnowledgeBaseHtml_DrawsInHeadlessChromium()
    {
        var browser = Browser.FindOrSkip();
        var result = await NotebookRuns.RunAsync(Notebook);
        Assert.True(result.Succeeded, result.DescribeFailures());

        var body = string.Concat(result.HtmlOutputs.Where(o => o.Value.Contains("nb-kb", StringComparison.Ordinal)).Select(o => $"<div>{o.Value}</div>"));
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"neurobalance-a3-{Guid.NewGuid():N}.html"));
        await File.WriteAllTextAsync(file.FullName, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{body}" +
            "<script>document.body.dataset.svgs = [...document.querySelectorAll('svg')].filter(s => s.getBoundingClientRect().width > 100).length;</script></body></html>",
            TestContext.Current.CancellationToken);
        try
        {
            var dom = await browser.DumpDomAsync(file, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

            Assert.Matches("data-svgs=\"[2-9]\"", dom);
        }
        finally
        {
            file.Delete();
        }
    }
}

using NeuroBalance.Testing;
using AngleSharp.Html.Parser;
using NeuroBalance.Course.Linting;
using NeuroBalance.Course.Rendering;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Every <c>notebooks/**/*.dib</c> runs, cell by cell, in the pinned dotnet-interactive kernel over
/// stdio (as VS Code runs it), and every chart it shows draws offline in headless Chromium.
/// </summary>
public sealed class NotebookTests
{
    /// <summary>Every course notebook, as a repository-relative path: one test case each.</summary>
    public static TheoryData<string> Notebooks =>
        new(NotebookRuns.Repository.FindNotebooks().Select(NotebookRuns.Repository.RelativePath));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsWithoutAFailedCell_InTheRealKernel(string notebook)
    {
        var result = await NotebookRuns.RunAsync(notebook);

        Assert.True(result.Succeeded, result.DescribeFailures());
        Assert.NotEmpty(result.Cells);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_ChartsDrawOffline_InHeadlessChromium(string notebook)
    {
        var browser = Browser.FindOrSkip();
        var result = await NotebookRuns.RunAsync(notebook);
        Assert.True(result.Succeeded, result.DescribeFailures());

        var drawings = await new ChartRenderCheck(browser).CheckAsync(result, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        Assert.All(drawings, d => Assert.True(d.Drew, $"{notebook}, cell {d.CellNumber}: the chart '{d.Title}' did not draw (no svg.main-svg) in headless Chromium with networking off."));
        // Nothing may come from the network: no script src, no CDN, no require.js. The plotly.js carrier
        // (found by its marker) is left out: the bundle itself mentions cdn.plot.ly (a default for map tiles).
        Assert.All(result.HtmlOutputs, o =>
        {
            var ours = NeuroBalance.Course.Export.ChartCarrier.Remove(o.Value);
            Assert.DoesNotMatch("<script[^>]+src=", ours);
            Assert.DoesNotMatch("(?i)cdn\\.|require(\\.js|js|\\s*\\(|\\.config)", ours);
        });
    }

    /// <summary>The numbered lessons (01-…), which the lesson checklist applies to.</summary>
    public static TheoryData<string> Lessons =>
        new(NotebookRuns.Repository.FindNotebooks().Where(f => LessonChecklist.AppliesTo(f.Name)).Select(NotebookRuns.Repository.RelativePath));

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Lesson_ShowsTwoChartsOrMore_AndFromLesson03_ASliderInsideAChart(string lesson)
    {
        var result = await NotebookRuns.RunAsync(lesson);
        Assert.True(result.Succeeded, result.DescribeFailures());

        var charts = result.HtmlOutputs.Where(o => ChartRenderCheck.IsChart(o.Value)).ToArray();
        var sliders = charts.Count(o => o.Value.Contains("\"sliders\":[{", StringComparison.Ordinal));

        Assert.True(charts.Length >= 2, $"{lesson} shows {charts.Length} chart(s); a lesson has at least two.");
        var number = int.Parse(Path.GetFileName(lesson)[..2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(number < 3 || sliders >= 1, $"{lesson} has no chart with an in-chart slider (SliderFigure); every lesson from 03 on has one.");
        Assert.All(charts, c => Assert.Contains("<figcaption", c.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartHere_ShowsTheOccupancyChart_AndItDraws()
    {
        var browser = Browser.FindOrSkip();
        var result = await NotebookRuns.RunAsync("notebooks/00-start-here.dib");

        var drawings = await new ChartRenderCheck(browser).CheckAsync(result, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        var chart = Assert.Single(drawings);
        Assert.Equal("Binding-site occupancy against ligand concentration", chart.Title);
        Assert.True(chart.Drew);
    }

    [Fact]
    public async Task StartHere_EnvironmentCheck_ReportsReady()
    {
        var result = await NotebookRuns.RunAsync("notebooks/00-start-here.dib");

        var html = result.HtmlOutputs.Single(o => o.Value.Contains("neurobalance-environment", StringComparison.Ordinal)).Value;
        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("table.neurobalance-environment tbody tr")
            .ToDictionary(r => r.Children[1].TextContent, r => (Status: r.Children[0].TextContent, Found: r.Children[2].TextContent));
        Assert.Equal(("✓", "Microsoft.DotNet.Interactive.App 1.0.712001, Microsoft.DotNet.Interactive 1.0.0-beta.26120.1"), rows["Kernel"]);
        Assert.Equal(("✓", "Plotly.NET 6.0.0.0 works (FSharp.Core redirected to the kernel's copy)"), rows["Charts (Plotly.NET)"]);
        Assert.All(rows.Values, r => Assert.Equal("✓", r.Status));
        Assert.Contains("Ready:", html, StringComparison.Ordinal);
    }
}

using NeuroBalance.Testing;
using System.Text.Json.Nodes;
using NeuroBalance.Course;
using NeuroBalance.Course.Rendering;

namespace NeuroBalance.Notebooks.Tests.Site;

/// <summary>
/// The built course site, loaded from disk in headless Chromium with networking off and watched over
/// the DevTools protocol: every chart draws, all math is typeset (no raw TeX), the console stays clean, no request leaves the machine,
/// and every navigation link leads to a page (and anchor) that exists.
/// </summary>
public sealed class SiteBrowserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>Every element marked <c>data-neurobalance="chart-plot"</c> (<see cref="HtmlMarkers.ChartPlot"/>) has Plotly's svg.</summary>
    private static readonly string ChartsDrawn =
        $"[...document.querySelectorAll('{HtmlMarkers.Selector(HtmlMarkers.ChartPlot)}')].every(p => p.querySelector('svg.main-svg') !== null)";

    [Fact]
    public async Task EveryPage_DrawsEveryChart_WithACleanConsole_AndNoNetwork()
    {
        var browser = Browser.FindOrSkip();
        var site = await BuiltSite.GetAsync();
        var token = TestContext.Current.CancellationToken;
        await using var page = await DevToolsPage.LaunchAsync(browser, 1280, 1600, Timeout, token);
        var pages = site.GetFiles("*.html");
        Assert.Contains(pages, p => p.Name == "index.html");
        var chartsSeen = 0;
        foreach (var file in pages)
        {
            await page.NavigateAsync(new Uri(file.FullName), Timeout, token);
            var charts = (await page.EvaluateAsync($"document.querySelectorAll('{HtmlMarkers.Selector(HtmlMarkers.ChartPlot)}').length", Timeout, token))!.GetValue<int>();
            chartsSeen += charts;

            Assert.True(await page.WaitForAsync(ChartsDrawn, Timeout, token), $"{file.Name}: not every chart drew (svg.main-svg missing).");
            Assert.True(await page.WaitForAsync(MathScripts.Settled, Timeout, token), $"{file.Name}: the math was not typeset.");
            var rawTex = (await page.EvaluateAsync(MathScripts.RawTex, Timeout, token))!.AsArray().Select(p => p!.GetValue<string>()).ToArray();
            Assert.True(rawTex.Length == 0, $"{file.Name}: raw TeX on the page:\n{string.Join("\n", rawTex)}");
            Assert.True(page.ConsoleErrors.Count == 0, $"{file.Name}: console errors:\n{string.Join("\n", page.ConsoleErrors)}");
            var remote = page.Requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal)).ToArray();
            Assert.True(remote.Length == 0, $"{file.Name}: requests left the machine:\n{string.Join("\n", remote)}");
        }

        // The start-here lesson has a chart, so the check above really looked at one.
        Assert.True(chartsSeen >= 1, "no chart found on any page");
    }

    [Fact]
    public async Task EveryLocalLink_LeadsToAnExistingPageAndAnchor_AndNextLinksWalkTheCourse()
    {
        var browser = Browser.FindOrSkip();
        var site = await BuiltSite.GetAsync();
        var token = TestContext.Current.CancellationToken;
        await using var page = await DevToolsPage.LaunchAsync(browser, 1280, 900, Timeout, token);
        foreach (var file in site.GetFiles("*.html"))
        {
            await page.NavigateAsync(new Uri(file.FullName), Timeout, token);
            var links = (await page.EvaluateAsync("[...document.querySelectorAll('a[href]')].map(a => a.href)", Timeout, token))!.AsArray().Select(l => l!.GetValue<string>()).ToArray();
            Assert.NotEmpty(links);
            foreach (var link in links.Where(l => l.StartsWith("file:", StringComparison.Ordinal)))
            {
                var uri = new Uri(link);
                Assert.True(File.Exists(uri.LocalPath), $"{file.Name}: link {link} leads nowhere.");
                if (uri.Fragment.Length > 1 && uri.LocalPath.EndsWith(".html", StringComparison.Ordinal))
                {
                    var id = Uri.UnescapeDataString(uri.Fragment[1..]);
                    Assert.True(File.ReadAllText(uri.LocalPath).Contains($"id=\"{id}\"", StringComparison.Ordinal), $"{file.Name}: link {link}: no element with id '{id}'.");
                }
            }
        }

        // Walk the course by clicking "next" from the index: every lesson is reached, in course order.
        await page.NavigateAsync(new Uri(Path.Combine(site.FullName, "index.html")), Timeout, token);
        var visited = new List<string>();
        while ((await page.EvaluateAsync("document.querySelector('header a.nav-next') !== null", Timeout, token))!.GetValue<bool>())
        {
            var before = (await page.EvaluateAsync("location.href", Timeout, token))!.GetValue<string>();
            // Click after the evaluation has returned: a click that navigates while DevTools still waits for
            // the evaluation's result fails with "Inspected target navigated or closed" (a race, seen in CI).
            await page.EvaluateAsync("setTimeout(() => document.querySelector('header a.nav-next').click(), 0); true", Timeout, token);
            Assert.True(await page.WaitForAsync($"location.href !== {JsonValue.Create(before).ToJsonString()} && document.readyState === 'complete'", Timeout, token), "clicking 'next' did not navigate");
            visited.Add(Path.GetFileName(new Uri((await page.EvaluateAsync("location.href", Timeout, token))!.GetValue<string>()).LocalPath));
            Assert.True(visited.Count < 200, "the 'next' links loop");
        }

        var lessons = Course.Building.CoursePlan.Create(NotebookRuns.Repository).Select(l => l.PageName).ToArray();
        Assert.Equal(lessons, visited);
    }

    [Fact]
    public async Task EverySlider_ChangesItsChart_WhenClicked_InTheStaticSite()
    {
        // The lessons' in-chart sliders (SliderFigure) work in a page with no kernel behind it.
        var browser = Browser.FindOrSkip();
        var site = await BuiltSite.GetAsync();
        var token = TestContext.Current.CancellationToken;
        await using var page = await DevToolsPage.LaunchAsync(browser, 1280, 1000, Timeout, token);
        var slidersSeen = 0;
        foreach (var file in site.GetFiles("*.html"))
        {
            await page.NavigateAsync(new Uri(file.FullName), Timeout, token);
            Assert.True(await page.WaitForAsync(ChartsDrawn, Timeout, token), $"{file.Name}: not every chart drew.");
            var charts = (await page.EvaluateAsync(SliderScripts.ChartsWithSliders, Timeout, token))!.AsArray().Select(i => i!.GetValue<int>()).ToArray();
            foreach (var chart in charts)
            {
                await page.EvaluateAsync($"document.querySelectorAll('.neurobalance-plot')[{chart}].scrollIntoView({{block: 'center'}})", Timeout, token);
                var before = (await page.EvaluateAsync(SliderScripts.Visible(chart), Timeout, token))!.GetValue<string>();

                await page.EvaluateAsync(SliderScripts.ClickFarEnd(chart), Timeout, token);

                Assert.True(
                    await page.WaitForAsync($"{SliderScripts.Visible(chart)} !== {JsonValue.Create(before).ToJsonString()}", Timeout, token),
                    $"{file.Name}, chart {chart}: clicking the slider did not change the curves shown.");
                slidersSeen++;
            }

            Assert.True(page.ConsoleErrors.Count == 0, $"{file.Name}: console errors:\n{string.Join("\n", page.ConsoleErrors)}");
        }

        Assert.True(slidersSeen >= 6, $"only {slidersSeen} slider chart(s) on the site; lessons 03 to 08 have at least one each.");
    }

    [Fact]
    public async Task NegativeControl_CdnScriptConsoleErrorAndChartWithoutPlotly_AreAllCaught()
    {
        // A page that does what the site must never do: the checks above would see it.
        var browser = Browser.FindOrSkip();
        var token = TestContext.Current.CancellationToken;
        var folder = Directory.CreateDirectory(Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "tests", "negative-site"));
        var bad = Path.Combine(folder.FullName, "bad.html");
        await File.WriteAllTextAsync(bad, """
            <!DOCTYPE html><html><head><script src="https://cdn.plot.ly/plotly-2.28.0.min.js"></script></head>
            <body><div class="neurobalance-plot" data-neurobalance="chart-plot"></div><script>console.error('broken on purpose');</script></body></html>
            """, token);
        await using var page = await DevToolsPage.LaunchAsync(browser, 800, 600, Timeout, token);

        await page.NavigateAsync(new Uri(bad), Timeout, token);

        Assert.False(await page.WaitForAsync(ChartsDrawn, TimeSpan.FromSeconds(2), token));
        Assert.Contains(page.ConsoleErrors, e => e.Contains("broken on purpose", StringComparison.Ordinal));
        Assert.Contains(page.Requests, r => r.StartsWith("https://cdn.plot.ly/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LessonPage_Screenshot_IsSavedUnderArtifacts()
    {
        var browser = Browser.FindOrSkip();
        var site = await BuiltSite.GetAsync();
        var token = TestContext.Current.CancellationToken;
        await using var page = await DevToolsPage.LaunchAsync(browser, 1100, 2400, Timeout, token);
        await page.NavigateAsync(new Uri(Path.Combine(site.FullName, "00-start-here.html")), Timeout, token);
        Assert.True(await page.WaitForAsync(ChartsDrawn, Timeout, token));
        // Scroll so the chart is in view.
        await page.EvaluateAsync("document.querySelector('.neurobalance-plot').scrollIntoView({block: 'center'})", Timeout, token);
        await Task.Delay(500, token);

        var png = await page.ScreenshotAsync(Timeout, token);

        await SaveScreenshotAsync("lesson-00-start-here.png", png, token);
        Assert.True(png.Length > 10_000, $"the screenshot is suspiciously small ({png.Length} bytes)");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
    }

    [Fact]
    public async Task DarkMode_UsesTheDarkPalette_AndKeepsOutputsOnALightCard()
    {
        var browser = Browser.FindOrSkip();
        var site = await BuiltSite.GetAsync();
        var token = TestContext.Current.CancellationToken;
        await using var page = await DevToolsPage.LaunchAsync(browser, 1100, 1400, Timeout, token);
        await page.EmulateMediaFeatureAsync("prefers-color-scheme", "dark", Timeout, token);
        await page.NavigateAsync(new Uri(Path.Combine(site.FullName, "00-start-here.html")), Timeout, token);
        Assert.True(await page.WaitForAsync(ChartsDrawn, Timeout, token));

        var body = (await page.EvaluateAsync("getComputedStyle(document.body).backgroundColor", Timeout, token))!.GetValue<string>();
        var card = (await page.EvaluateAsync("getComputedStyle(document.querySelector('.output-html')).backgroundColor", Timeout, token))!.GetValue<string>();

        Assert.Equal("rgb(21, 23, 26)", body);
        Assert.Equal("rgb(255, 255, 255)", card);
        await SaveScreenshotAsync("lesson-00-start-here-dark.png", await page.ScreenshotAsync(Timeout, token), token);
    }

    /// <summary>Writes a screenshot to artifacts/screenshots/, creating the folder: on a fresh clone this test may run first.</summary>
    private static async Task SaveScreenshotAsync(string fileName, byte[] png, CancellationToken token)
    {
        var target = Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "screenshots", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, png, token);
    }
}

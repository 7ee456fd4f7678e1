using NeuroBalance.Charts;
using NeuroBalance.Course;
using NeuroBalance.Course.Rendering;
using NeuroBalance.Course.Running;
using NeuroBalance.Course.Site;
using NeuroBalance.Testing;
using NeuroBalance.Course.Tests.Building;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>
/// The trust model in a real browser (headless Chromium, networking off, no kernel): under the pages'
/// Content-Security-Policy the library's charts draw from their marked data, and scripts that notebook HTML
/// brings do not run, unless the build trusts notebook HTML.
/// </summary>
public sealed class SiteTrustBrowserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    /// <summary>Outputs that try to run script; each would set <c>window.ran</c>.</summary>
    private static readonly string[] Attacks =
    [
        "<script>window.ran = (window.ran || '') + 'html-cell;'</script>",
        "<img src=\"missing.png\" onerror=\"window.ran = (window.ran || '') + 'onerror;'\">",
        "<div><script>window.ran = (window.ran || '') + 'pocketview;'</script></div>",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChartsDraw_AndNotebookScriptsRunOnlyWhenTrusted(bool trusted)
    {
        var browser = Browser.FindOrSkip();
        var token = TestContext.Current.CancellationToken;
        var site = ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", "trust-" + Guid.NewGuid().ToString("N")));
        try
        {
            var chart = new Figure("Trusted chart", "Drawn by the site's own script.", new Axis("x", "nM"), new Axis("y", "1"), [new Series("s", [1.0, 2.0, 3.0], [1.0, 4.0, 9.0])]);
            var outputs = Attacks.Append(FigureHtml.Render(chart, includePlotlyScript: true)).Select(h => new CellOutput(CellOutputKind.Display, "text/html", h)).ToArray();
            var lesson = LessonFixtures.WithOutputs(outputs);
            new SiteWriter(new SiteOptions("Course", string.Empty, PlotlyScript.MinifiedSource, [], TrustNotebookHtml: trusted)).Write([lesson], site);
            await using var page = await DevToolsPage.LaunchAsync(browser, 1280, 900, Timeout, token);

            await page.NavigateAsync(new Uri(Path.Combine(site.FullName, lesson.PageName)), Timeout, token);

            Assert.True(await page.WaitForAsync("document.querySelectorAll('[data-neurobalance=\"chart\"] svg.main-svg').length > 0", Timeout, token), "the chart did not draw under the page's Content-Security-Policy");
            var ran = (await page.EvaluateAsync("window.ran || ''", Timeout, token))!.GetValue<string>();
            if (trusted)
            {
                await page.WaitForAsync("(window.ran || '').indexOf('onerror') >= 0", Timeout, token);
                ran = (await page.EvaluateAsync("window.ran || ''", Timeout, token))!.GetValue<string>();
                Assert.Equal(["html-cell", "onerror", "pocketview"], ran.Split(';', StringSplitOptions.RemoveEmptyEntries).Order());
            }
            else
            {
                Assert.Equal(string.Empty, ran);

                // No script error and no policy violation: the only error is the image that does not exist.
                Assert.All(page.ConsoleErrors, e => Assert.Contains("missing.png", e, StringComparison.Ordinal));
            }

            Assert.DoesNotContain(page.Requests, u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal));
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;
using NeuroBalance.Course.Site;
using NeuroBalance.Course.Tests.Building;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>The site's trust model: only the site's own scripts run; notebook HTML is sanitised unless trusted.</summary>
public sealed class SiteTrustTests : IDisposable
{
    /// <summary>HTML outputs that try to run script, one way each (#!html cells, display(HTML(...)), PocketView).</summary>
    private static readonly string[] Attacks =
    [
        "<script>alert('html-cell')</script>",
        "<img src=\"x.png\" onerror=\"alert('onerror')\">",
        "<div><script type=\"text/javascript\">alert('pocketview')</script><b>kept text</b></div>",
        "<a href=\" javascript:alert('href')\">link</a>",
        "<iframe srcdoc=\"&lt;script&gt;alert('frame')&lt;/script&gt;\"></iframe>",
        "<svg><script>alert('svg')</script><a href=\"javascript:alert('svg-link')\"><text>t</text></a></svg>",
        "<object data=\"javascript:alert('object')\"></object><embed src=\"x.swf\">",
        "<base href=\"https://elsewhere.example/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('meta')\">",
        "<table><tr><td>a table stays</td></tr></table>",
    ];

    private readonly DirectoryInfo site = Directory.CreateTempSubdirectory("nb-site-trust-");

    public void Dispose() => site.Delete(recursive: true);

    private IDocument Build(bool trusted)
    {
        var lesson = LessonFixtures.WithOutputs(Attacks.Select(a => new CellOutput(CellOutputKind.Display, "text/html", a)).Append(new CellOutput(CellOutputKind.Display, "text/html", LessonFixtures.ChartOutput())).ToArray());
        new SiteWriter(new SiteOptions("Course", string.Empty, "PLOTLY", [], TrustNotebookHtml: trusted)).Write([lesson], site);
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.FullName, lesson.PageName)));
    }

    [Fact]
    public void EveryPage_HasAContentSecurityPolicy_ThatAllowsOnlyTheSitesOwnScripts()
    {
        Build(trusted: false);

        foreach (var file in site.GetFiles("*.html"))
        {
            var policy = new HtmlParser().ParseDocument(File.ReadAllText(file.FullName)).QuerySelector("head meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.NotNull(policy);
            Assert.Equal("script-src 'self'", policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal)));
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NotebookHtml_IsSanitised_AndChartsKeepOnlyTheirData()
    {
        var page = Build(trusted: false);
        var outputs = page.QuerySelectorAll(".output-html").ToArray();

        // Only the site's own script files run; the one inline element left is the chart's inert figure JSON.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
            s.HasAttribute("src") || (s.GetAttribute("type") == "application/json" && s.GetAttribute(HtmlMarkers.Attribute) == HtmlMarkers.ChartFigure),
            s.OuterHtml));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == "assets/charts.js");
        Assert.True(File.Exists(Path.Combine(site.FullName, "assets", "charts.js")));
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, body meta"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "srcdoc"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(outputs, o => o.TextContent.Contains("kept text", StringComparison.Ordinal));
        Assert.Contains(outputs, o => o.QuerySelector("td")?.TextContent == "a table stays");

        // The chart: marked container, plot element and figure data stay; the carrier and the draw script go.
        var chart = Assert.Single(page.QuerySelectorAll(HtmlMarkers.Selector(HtmlMarkers.Chart)));
        Assert.NotNull(chart.QuerySelector(HtmlMarkers.Selector(HtmlMarkers.ChartPlot)));
        Assert.NotNull(chart.QuerySelector(HtmlMarkers.Selector(HtmlMarkers.ChartFigure)));
        Assert.Empty(page.QuerySelectorAll($"{HtmlMarkers.Selector(HtmlMarkers.PlotlyBundle)}, {HtmlMarkers.Selector(HtmlMarkers.ChartDraw)}"));
    }

    [Fact]
    public void TrustedNotebookHtml_IsKept_AndThePolicyAllowsItsInlineScripts()
    {
        var page = Build(trusted: true);

        Assert.Contains("script-src 'self' 'unsafe-inline'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert('html-cell')", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("img"), i => i.HasAttribute("onerror"));

        // The chart plumbing goes either way: the site draws charts itself.
        Assert.Empty(page.QuerySelectorAll($"{HtmlMarkers.Selector(HtmlMarkers.PlotlyBundle)}, {HtmlMarkers.Selector(HtmlMarkers.ChartDraw)}"));
    }
}

using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NeuroBalance.Course;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Publishing;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Course.Tests.Building;

/// <summary>The files a build writes: site pages, .ipynb, JUnit report, timing (no kernel).</summary>
public sealed class CourseOutputTests : IDisposable
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);
    private readonly DirectoryInfo output = ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", Guid.NewGuid().ToString("N")));

    public CourseOutputTests()
    {
        var options = new SiteOptions("Course <title>", "About <this>", "PLOTLY-BUNDLE", [new GlossaryEntry("Kd <x>", "The *dissociation* constant.", ["99-test"])]);
        CourseOutput.Write(Repository, [LessonFixtures.PassedThenFailed(), LessonFixtures.Malformed()], output, options, TimeSpan.FromSeconds(4));
    }

    public void Dispose() => output.Delete(recursive: true);

    private string Read(string name) => File.ReadAllText(Path.Combine(output.FullName, name));

    [Fact]
    public void LessonPage_EncodesCodeOutputsAndErrors_AndRendersMarkdown()
    {
        var html = Read("99-test.html");
        var page = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;alert(&#39;code&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;stdout&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("does not exist &lt;here&gt;", html, StringComparison.Ordinal);
        Assert.Equal("Title with <b>markup</b>", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("emphasis", page.QuerySelector("li em")!.TextContent);
        Assert.Single(page.QuerySelectorAll("section.cell.code.failed"));
        // Two consecutive writes to stdout are one block, as on a console.
        Assert.Equal("<script>alert('stdout')</script>\nsecond line\n", Assert.Single(page.QuerySelectorAll(".output-text pre")).TextContent);
    }

    [Fact]
    public void LessonPage_LoadsPlotlyOnceFromAssets_InsteadOfTheInlineCopy()
    {
        var html = Read("99-test.html");

        Assert.DoesNotContain("PLOTLY-BUNDLE", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"assets/plotly.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Equal("PLOTLY-BUNDLE", Read("assets/plotly.min.js"));
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public void MalformedLesson_GetsAPageWithTheErrorAndNoIpynb()
    {
        var html = Read("98-bad.html");

        Assert.Contains("notebooks/98-bad.dib:3: the &#39;#!meta&#39; block is not valid JSON: &lt;oops&gt;", html, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output.FullName, "98-bad.ipynb")));
        Assert.DoesNotContain("98-bad.ipynb", Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Index_ShowsTheCourseMapWithObjectives_Encoded()
    {
        var page = new HtmlParser().ParseDocument(Read("index.html"));

        Assert.Equal("Course <title>", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["read emphasis;", "see a chart."], page.QuerySelectorAll("ul.objectives li").Select(li => li.TextContent));
        Assert.Equal(["99-test.html", "98-bad.html"], page.QuerySelectorAll("ol.lesson-list h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Glossary_ListsEntriesWithDefinitionsAndLinks()
    {
        var page = new HtmlParser().ParseDocument(Read("glossary.html"));

        Assert.Equal("Kd <x>", page.QuerySelector("dl.glossary dt")!.TextContent);
        Assert.Equal("dissociation", page.QuerySelector("dl.glossary dd em")!.TextContent);
        Assert.Equal("99-test.html", page.QuerySelector("dl.glossary dd a")!.GetAttribute("href"));
    }

    [Fact]
    public void Ipynb_IsNbformat4WithOutputsAndTheError()
    {
        var notebook = JsonNode.Parse(Read("99-test.ipynb"))!;

        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.Equal(5, notebook["nbformat_minor"]!.GetValue<int>());
        var cells = notebook["cells"]!.AsArray();
        Assert.Equal(["markdown", "code", "code"], cells.Select(c => c!["cell_type"]!.GetValue<string>()));
        Assert.All(cells, c => Assert.False(string.IsNullOrEmpty(c!["id"]!.GetValue<string>())));
        var outputs = cells[1]!["outputs"]!.AsArray();
        Assert.Equal(["stream", "stream", "display_data"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        Assert.Equal("chart as text", outputs[2]!["data"]!["text/plain"]![0]!.GetValue<string>());
        Assert.Equal(1, cells[1]!["execution_count"]!.GetValue<int>());
        Assert.Equal("error", cells[2]!["outputs"]![0]!["output_type"]!.GetValue<string>());
        Assert.Equal("csharp", notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
    }

    [Fact]
    public void JUnitReport_HasOneCasePerCodeCell_AndTheFailures()
    {
        var report = XDocument.Load(Path.Combine(output.FullName, "report", "cells.junit.xml"));

        var suites = report.Root!.Elements("testsuite").ToArray();
        Assert.Equal(["notebooks/99-test.dib", "notebooks/98-bad.dib"], suites.Select(s => s.Attribute("name")!.Value));
        Assert.Equal("2", suites[0].Attribute("tests")!.Value);
        Assert.Equal("1", suites[0].Attribute("failures")!.Value);
        Assert.Contains("CS0103", suites[0].Elements("testcase").Last().Element("failure")!.Value, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", suites[1].Element("testcase")!.Element("failure")!.Value, StringComparison.Ordinal);
        Assert.Equal("2", report.Root.Attribute("failures")!.Value);
    }

    [Fact]
    public void TimingSummary_ListsEachNotebook()
    {
        var timing = File.ReadAllText(Path.Combine(output.FullName, "report", "timing.md"));

        Assert.Contains("| notebooks/99-test.dib | FAILED | 2 | 3.0 | cell 2: 1.50 |", timing, StringComparison.Ordinal);
        Assert.Contains("| notebooks/98-bad.dib | MALFORMED | 0 | 0.0 | - |", timing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tmp/course")]
    [InlineData("src")]
    [InlineData("artifacts/../src/x")]
    [InlineData("artifacts")]
    public void Resolve_OutsideArtifacts_IsRejected(string requested)
    {
        var path = Path.IsPathRooted(requested) ? requested : Path.Combine(Repository.Root.FullName, requested);

        var e = Assert.Throws<ArgumentException>(() => ArtifactsFolder.Resolve(Repository, path, "course"));
        Assert.Contains("must be inside", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OutsideArtifacts_WritesNothing()
    {
        var outside = new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"nb-outside-{Guid.NewGuid():N}"));

        Assert.Throws<ArgumentException>(() => CourseOutput.Write(Repository, [LessonFixtures.PassedThenFailed()], outside, new SiteOptions("t", "d", "p", []), TimeSpan.Zero));
        Assert.False(outside.Exists);
    }
}

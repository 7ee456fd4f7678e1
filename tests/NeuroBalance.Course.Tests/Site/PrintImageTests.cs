using AngleSharp.Html.Parser;
using NeuroBalance.Course.Running;
using NeuroBalance.Course.Site;
using NeuroBalance.Course.Tests.Building;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>The site's print view shows each chart as the static image rendered at build time.</summary>
public sealed class PrintImageTests : IDisposable
{
    private readonly DirectoryInfo site = Directory.CreateTempSubdirectory("nb-print-");

    public void Dispose() => site.Delete(recursive: true);

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void ChartWithAStaticImage_CarriesItForPrinting_AndTheStyleSheetSwapsThemInPrint(bool withImage, int expected)
    {
        // Given: a lesson with one chart output, and (or not) its image from the build
        var lesson = LessonFixtures.PassedThenFailed();
        var chart = OutputGroup.Of(lesson.Result!.Cells[1].Outputs).Select(g => g.Html).OfType<string>().Single();
        var images = withImage ? new Dictionary<string, string> { [chart] = "iVBORw0KGgo=" } : null;

        // When
        new SiteWriter(new SiteOptions("Course", string.Empty, "PLOTLY", [])).Write([lesson], site, images);

        // Then
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.FullName, lesson.PageName)));
        var printed = page.QuerySelectorAll(".has-print-image img.print-image");
        Assert.Equal(expected, printed.Length);
        Assert.All(printed, img => Assert.Equal("data:image/png;base64,iVBORw0KGgo=", img.GetAttribute("src")));
        var css = File.ReadAllText(Path.Combine(site.FullName, "assets", "site.css"));
        Assert.Contains("img.print-image { display: none; }", css, StringComparison.Ordinal);
        Assert.Contains(".has-print-image .neurobalance-plot", css, StringComparison.Ordinal);
    }
}

using AngleSharp.Html.Parser;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>A lesson's link to a Markdown document (docs/*.md) becomes a page of the offline site, not a dead link.</summary>
public sealed class DocumentLinksTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-doc-links-");

    private string Outside => Path.Combine(root.Parent!.FullName, root.Name + "-outside.md");

    private string OutsideImage => Path.Combine(root.Parent!.FullName, root.Name + "-outside.png");

    public void Dispose()
    {
        root.Delete(recursive: true);
        File.Delete(Outside);
        File.Delete(OutsideImage);
    }

    [Fact]
    public void LinkedDocument_IsRenderedAsAPage_WithItsHeadingIds_AndLinksBackToTheLesson()
    {
        // Given: notebooks/77-links.dib links to ../docs/guide.md (with an anchor) and to a document that does not exist.
        Directory.CreateDirectory(Path.Combine(root.FullName, "docs"));
        File.WriteAllText(Path.Combine(root.FullName, "docs", "guide.md"), "# The guide\n\n## How to\n\nBack to [the lesson](../notebooks/77-links.dib). <script>alert(1)</script> See the [read-me](../README.md#set-up) and [outside](../../" + root.Name + "-outside.md).\n\n![A figure](images/figure.png) ![Gone](images/gone.png)\n");
        File.WriteAllText(Path.Combine(root.FullName, "README.md"), "# Read me\n\n## Set up\n\nThe [guide](docs/guide.md).\n");
        File.WriteAllText(Outside, "# Outside the repository\n");
        Directory.CreateDirectory(Path.Combine(root.FullName, "docs", "images"));
        File.WriteAllBytes(Path.Combine(root.FullName, "docs", "images", "figure.png"), [137, 80, 78, 71]);
        const string text = """
            #!meta

            {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

            #!markdown

            # Links

            See [the guide](../docs/guide.md#how-to), [it again](../docs/guide.md) and [a missing one](../docs/none.md).

            An absolute path is never read: [abs](ABSOLUTE).
            """;
        var dib = DibFile.Parse(text.Replace("ABSOLUTE", Path.Combine(root.FullName, "docs", "guide.md"), StringComparison.Ordinal), "notebooks/77-links.dib");
        var lesson = new LessonBuild(new FileInfo(Path.Combine(root.FullName, "notebooks", "77-links.dib")), "notebooks/77-links.dib", "77-links", "Test", LessonOutline.Read(dib, "77-links"), dib, null, null);
        var site = Directory.CreateDirectory(Path.Combine(root.FullName, "site"));

        // When
        new SiteWriter(new SiteOptions("Course", string.Empty, "PLOTLY", [])).Write([lesson], site);

        // Then
        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.FullName, "77-links.html")));
        Assert.Equal(["doc-guide.html#how-to", "doc-guide.html", "#", "#"], page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Where(h => h!.Contains('#') || h.StartsWith("doc-", StringComparison.Ordinal)));
        var guide = parser.ParseDocument(File.ReadAllText(Path.Combine(site.FullName, "doc-guide.html")));
        Assert.Equal("The guide · Course", guide.Title);
        Assert.NotNull(guide.GetElementById("how-to"));
        Assert.Contains(guide.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "77-links.html");
        Assert.Empty(guide.QuerySelectorAll("script"));
        // A document's link to another Markdown file in the repository becomes a page too (and links back);
        // a Markdown file outside the repository never does.
        Assert.Contains(guide.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "doc-readme.html#set-up");
        Assert.Contains(guide.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "#" && a.TextContent == "outside");
        var readme = parser.ParseDocument(File.ReadAllText(Path.Combine(site.FullName, "doc-readme.html")));
        Assert.NotNull(readme.GetElementById("set-up"));
        Assert.Contains(readme.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "doc-guide.html");
        Assert.Equal(["doc-guide.html", "doc-readme.html"], site.GetFiles("doc-*.html").Select(f => f.Name).Order());
        // Its image is copied next to the site's assets; a missing one points nowhere rather than outside the site.
        Assert.Equal(["assets/docs/figure.png", "#"], guide.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")));
        Assert.True(File.Exists(Path.Combine(site.FullName, "assets", "docs", "figure.png")));
    }

    [Fact]
    public void ImageOutsideTheRepository_IsNeverCopiedIntoTheSite()
    {
        // Given: a document that shows an image beside the repository, one far up the tree (../../../etc/…),
        // and one through a symbolic link inside docs/ that leads outside.
        File.WriteAllBytes(OutsideImage, [137, 80, 78, 71]);
        Directory.CreateDirectory(Path.Combine(root.FullName, "docs"));
        File.CreateSymbolicLink(Path.Combine(root.FullName, "docs", "linked.png"), OutsideImage);
        File.WriteAllText(Path.Combine(root.FullName, "docs", "guide.md"), $"# The guide\n\n![beside](../../{root.Name}-outside.png) ![far](../../../etc/something.png) ![linked](linked.png)\n");
        const string text = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]}}\n\n#!markdown\n\n# Links\n\nSee [the guide](../docs/guide.md).\n";
        var dib = DibFile.Parse(text, "notebooks/77-links.dib");
        var lesson = new LessonBuild(new FileInfo(Path.Combine(root.FullName, "notebooks", "77-links.dib")), "notebooks/77-links.dib", "77-links", "Test", LessonOutline.Read(dib, "77-links"), dib, null, null);
        var site = Directory.CreateDirectory(Path.Combine(root.FullName, "site"));

        // When
        new SiteWriter(new SiteOptions("Course", string.Empty, "PLOTLY", [])).Write([lesson], site);

        // Then: no image reaches the site, and none is linked from outside it.
        var guide = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.FullName, "doc-guide.html")));
        Assert.Equal(["#", "#", "#"], guide.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")));
        Assert.False(Directory.Exists(Path.Combine(site.FullName, "assets", "docs")));
    }
}

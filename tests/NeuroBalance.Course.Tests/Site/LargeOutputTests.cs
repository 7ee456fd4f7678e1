using AngleSharp.Html.Parser;
using NeuroBalance.Course.Running;
using NeuroBalance.Course.Site;
using NeuroBalance.Course.Tests.Building;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>
/// Large cell output: joined in linear time and capped per cell with a visible marker. The quadratic join this
/// replaced needed 155 s for 5 MB of stdout (docs/reliability.md); the time-outs below are far under that.
/// </summary>
public sealed class LargeOutputTests : IDisposable
{
    private const int Writes = 50_000;
    private const int LineLength = 100;

    private readonly DirectoryInfo site = Directory.CreateTempSubdirectory("nb-large-output-");

    public void Dispose() => site.Delete(recursive: true);

    private static CellOutput[] FiveMegabytesOfStdout() =>
        Enumerable.Range(0, Writes).Select(i => new CellOutput(CellOutputKind.StandardOutput, "text/plain", i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture) + new string('x', LineLength - 9) + "\n", i)).ToArray();

    [Fact(Timeout = 20_000)]
    public async Task FiveMegabytesOfStdout_InOneCell_BuildsAPageWithTheHeadAndATruncationMarker()
    {
        await Task.Yield();
        var lesson = LessonFixtures.WithOutputs(FiveMegabytesOfStdout());

        new SiteWriter(new SiteOptions("Course", string.Empty, "PLOTLY", [])).Write([lesson], site);

        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(site.FullName, lesson.PageName), TestContext.Current.CancellationToken));
        var text = Assert.Single(page.QuerySelectorAll(".output-text pre")).TextContent;
        Assert.Equal(CellOutputBlocks.MaxTextCharacters, text.Length);
        Assert.StartsWith("00000000xxx", text, StringComparison.Ordinal);
        var omitted = (Writes * LineLength) - CellOutputBlocks.MaxTextCharacters;
        Assert.Equal(CellOutputBlocks.TruncationMarker(omitted), Assert.Single(page.QuerySelectorAll(".output-truncated pre")).TextContent);
        Assert.Contains("… truncated: 4,000,000 characters omitted", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsecutiveWrites_JoinPerStream_AndTheBudgetCoversTheWholeCell()
    {
        var groups = new[]
        {
            new OutputGroup(CellOutputKind.StandardOutput, [new CellOutput(CellOutputKind.StandardOutput, "text/plain", "abc")]),
            new OutputGroup(CellOutputKind.StandardOutput, [new CellOutput(CellOutputKind.StandardOutput, "text/plain", "def")]),
            new OutputGroup(CellOutputKind.StandardError, [new CellOutput(CellOutputKind.StandardError, "text/plain", "err")]),
            new OutputGroup(CellOutputKind.Display, [new CellOutput(CellOutputKind.Display, "text/html", "<b>html</b>")]),
            new OutputGroup(CellOutputKind.StandardOutput, [new CellOutput(CellOutputKind.StandardOutput, "text/plain", "ghijk")]),
        };

        var blocks = CellOutputBlocks.Of(groups, maxTextCharacters: 10);

        Assert.Equal(
            [("abcdef", false), ("err", false), ("", false), ("g", false), (CellOutputBlocks.TruncationMarker(4), true)],
            blocks.Select(b => (b.Text, b.Truncation)));
        Assert.Equal("<b>html</b>", blocks[2].Html);
    }

    [Fact]
    public void SmallOutput_HasNoMarker() =>
        Assert.DoesNotContain(CellOutputBlocks.Of([new OutputGroup(CellOutputKind.StandardOutput, [new CellOutput(CellOutputKind.StandardOutput, "text/plain", "hi")])]), b => b.Truncation);
}

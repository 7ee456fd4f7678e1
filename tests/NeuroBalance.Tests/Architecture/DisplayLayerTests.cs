using NeuroBalance.Charts;
using NeuroBalance.Content;
using NeuroBalance.Content.Display;
using NeuroBalance.Course;
using NeuroBalance.Display;
using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Tables;

namespace NeuroBalance.Tests.Architecture;

/// <summary>One display layer: one style sheet and one encoder for every HTML output; model types carry no formatter attributes.</summary>
public sealed class DisplayLayerTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    [Fact]
    public void KnowledgeBaseAndExerciseOutputs_CarryTheOneStyleSheet()
    {
        Assert.StartsWith(StyleSheet.Tag, ContentHtml.Render(FunctionTable.For("dopamine")), StringComparison.Ordinal);
        Assert.StartsWith(StyleSheet.Tag, new Feedback("x-1", "Title", FeedbackStatus.Passed, "Summary").ToHtml(), StringComparison.Ordinal);
        Assert.Contains(".nb-kb {", StyleSheet.Tag, StringComparison.Ordinal);
        Assert.Contains(".nb-ex{", StyleSheet.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheStyleSheetDefinesComponentStyles_AndOnlyHtmlTextEncodes()
    {
        var library = Path.Combine(Repository.Root.FullName, "src", "NeuroBalance");
        var sources = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(library, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .ToArray();

        // ContentPreview writes a whole preview page (theme variables, body colours), not a component style.
        Assert.Equal(["Content/Display/ContentPreview.cs", "Display/StyleSheet.cs"], sources.Where(s => s.Text.Contains("<style", StringComparison.Ordinal)).Select(s => s.File).Order(StringComparer.Ordinal));

        // Known until the chart HTML moves into the display layer (site-trust edits FigureHtml) and engine-session's Hosting work lands.
        string[] stillEncodingThemselves = ["Charts/FigureHtml.cs", "Hosting/EnvironmentReport.cs"];
        Assert.Equal(stillEncodingThemselves.Append("Display/HtmlText.cs").Order(StringComparer.Ordinal), sources.Where(s => s.Text.Contains("WebUtility.HtmlEncode", StringComparison.Ordinal)).Select(s => s.File).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(typeof(Figure))]
    [InlineData(typeof(SliderFigure))]
    [InlineData(typeof(Table))]
    [InlineData(typeof(Transmitter))]
    [InlineData(typeof(FunctionTable))]
    [InlineData(typeof(GlossaryList))]
    public void ModelTypes_CarryNoFormatterAttribute_AndAreShownAsHtmlByTheDisplayLayer(Type type)
    {
        Assert.DoesNotContain(type.CustomAttributes, a => a.AttributeType.Namespace?.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal) == true);
        Assert.Equal("text/html", Microsoft.DotNet.Interactive.Formatting.Formatter.GetPreferredMimeTypesFor(type).First());
    }

    [Fact]
    public void Table_IsShownAsAnEncodedHtmlTable()
    {
        var table = new Table("<caption>", ["a & b"], [["<td>"]]);
        var html = Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(table, "text/html");
        Assert.Equal(TableHtml.Render(table), html);
        Assert.Contains("&lt;td&gt;", html, StringComparison.Ordinal);
    }
}

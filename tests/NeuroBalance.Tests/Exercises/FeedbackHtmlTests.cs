using AngleSharp.Html.Parser;
using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

public sealed class FeedbackHtmlTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData(FeedbackStatus.Passed, "passed", "✔ Passed")]
    [InlineData(FeedbackStatus.Failed, "failed", "✘ Not yet right")]
    [InlineData(FeedbackStatus.LearnerError, "learner-error", "⚠ Your answer could not be checked")]
    [InlineData(FeedbackStatus.NotAttempted, "not-attempted", "○ Not yet attempted")]
    [InlineData(FeedbackStatus.CheckerFault, "checker-fault", "⚠ The exercise itself failed")]
    public void ToHtml_StatesTheOutcomeInWords_AndAsData(FeedbackStatus status, string word, string headline)
    {
        var html = new Feedback("x-1", "Title", status, "Summary").ToHtml();

        var root = Parser.ParseDocument(html).QuerySelector("div.nb-ex")!;
        Assert.Equal("x-1", root.GetAttribute("data-exercise-id"));
        Assert.Equal(word, root.GetAttribute("data-status"));
        Assert.StartsWith(headline, root.QuerySelector(".nb-ex-head")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EncodesEveryText_IncludingTheLearnersInput()
    {
        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate("<script>alert(1)</script>");

        var html = feedback.ToHtml();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EachCriterion_SaysPassedOrNotInWords()
    {
        Func<double, double> half = v => v == 0 ? 0 : v * v / 2;
        var html = ExerciseSamples.Square().Evaluate(half).ToHtml();

        var items = Parser.ParseDocument(html).QuerySelectorAll("ul.nb-ex-criteria li");
        Assert.Equal(["true", "false", "false"], items.Select(i => i.GetAttribute("data-passed")));
        Assert.Equal(["✔ Passed", "✘ Not yet", "✘ Not yet"], items.Select(i => i.QuerySelector(".nb-ex-mark")!.TextContent));
    }

    [Fact]
    public void ToHtml_SetsNoTextColour_SoThatThemesApply()
    {
        var html = ExerciseSamples.Concentration2Micromolar().Evaluate(Concentration.FromMicromolar(2)).ToHtml();

        Assert.DoesNotMatch("[{;]color:(?!inherit)", html);
    }
}

using CsCheck;
using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Lessons;

namespace NeuroBalance.Lessons.Tests;

/// <summary>Properties: whatever a learner types, the exercise API answers with feedback or a friendly exception.</summary>
public sealed class BadInputPropertyTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

    [Fact]
    public void Lookups_AnyString_FindOrThrowOnlyTheFriendlyException_NamingTheParameter()
    {
        Gen.String.Sample(text =>
        {
            var ids = Course.All.Select(e => e.Id).ToArray();
            foreach (var (parameter, lookup, validOptions) in new (string, Func<string, object>, string[])[] { ("id", Course.Get, ids), ("notebook", Course.ForNotebook, ["A4-exercises-tour"]) })
            {
                try
                {
                    Assert.NotNull(lookup(text));
                }
                catch (InvalidParameterException e)
                {
                    Assert.Equal(parameter, e.ParamName);
                    Assert.Contains(validOptions, option => e.Message.Contains(option, StringComparison.Ordinal));
                }
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Lookups_BlankOrNull_ThrowTheFriendlyException(string? text)
    {
        Assert.Equal("id", Assert.Throws<InvalidParameterException>(() => Course.Get(text!)).ParamName);
        Assert.Equal("notebook", Assert.Throws<InvalidParameterException>(() => Course.ForNotebook(text!)).ParamName);
    }

    [Fact]
    public void Evaluate_EveryExercise_AnyStringOrNumber_GivesFeedbackNeverAnException()
    {
        // Strings, doubles (NaN, infinities, huge), integers and null: each must come back as feedback with HTML.
        var answers = Gen.OneOf<object?>(
            Gen.String.Select(s => (object?)s),
            Gen.Double.Select(d => (object?)d),
            Gen.Int.Select(i => (object?)i),
            Gen.Const(0).Select(_ => (object?)null));
        foreach (var exercise in Course.All)
        {
            answers.Sample(answer =>
            {
                var feedback = exercise.Evaluate(answer);
                Assert.False(string.IsNullOrWhiteSpace(feedback.ToHtml()));
            }, iter: 25);
        }
    }

    [Fact]
    public void Evaluate_EveryExercise_MarkupInTheAnswer_IsShownAsText()
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var exercise in Course.All)
        {
            Gen.String.Sample(text =>
            {
                var html = exercise.Evaluate($"<script>alert(1)</script><img src=x onerror=alert(1)>{text}").ToHtml();
                Assert.Empty(parser.ParseDocument(html).QuerySelectorAll("script, img, [onerror]"));
            }, iter: 10);
        }
    }
}

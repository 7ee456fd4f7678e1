using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

public sealed class MultipleChoiceExerciseTests
{
    [Theory]
    [InlineData("B")]
    [InlineData("b")]
    [InlineData(" B) ")]
    [InlineData('b')]
    public void Evaluate_RightLetterInAnyForm_Passes_AndExplainsTheOtherOptions(object answer)
    {
        var feedback = ExerciseSamples.Colours().Evaluate(answer);

        Assert.Equal(FeedbackStatus.Passed, feedback.Status);
        Assert.Equal("Because B.", feedback.Criteria.Single().Why);
        Assert.Equal(2, feedback.Explanations.Count);
    }

    [Fact]
    public void Evaluate_WrongLetter_ExplainsThatOption_WithoutRevealingTheRightOne()
    {
        var feedback = ExerciseSamples.Colours().Evaluate("C");

        Assert.Equal(FeedbackStatus.Failed, feedback.Status);
        Assert.Equal("Because C.", feedback.Criteria.Single().Why);
        Assert.DoesNotContain("Because B", feedback.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Evaluate_NoAnswer_IsNotAttempted(string? answer)
    {
        Assert.Equal(FeedbackStatus.NotAttempted, ExerciseSamples.Colours().Evaluate(answer).Status);
    }

    [Theory]
    [InlineData("E", "not one of the options. Answer with one letter: A, B, C")]
    [InlineData("AB", "not one of the options")]
    [InlineData(2, "Your answer is an int")]
    public void Evaluate_InvalidAnswer_IsAFriendlyLearnerError(object answer, string phrase)
    {
        var feedback = ExerciseSamples.Colours().Evaluate(answer);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains(phrase, feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_WithoutExactlyOneRightOption_AreRejected()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new MultipleChoiceExercise
        {
            Id = "test-two-right",
            Title = "t",
            Prompt = "p",
            Choices = [new Choice("a", true, "x"), new Choice("b", true, "y")],
            ReferenceSolution = "\"A\"",
        });
        Assert.Contains("exactly one right option", e.Message, StringComparison.Ordinal);
    }
}

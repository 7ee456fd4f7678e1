using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

/// <summary>A bug in the exercise itself is reported as the exercise's fault, never as the learner's, and costs no attempt.</summary>
public sealed class CheckerFaultTests
{
    [Fact]
    public void Check_CheckerThatThrows_IsACheckerFault_NotCountedAsAnAttempt()
    {
        var book = new ProgressBook(null);
        var broken = new NumericExercise<double>(QuantityKinds.Number, () => throw new InvalidOperationException("the steady state did not converge"))
        {
            Id = "test-broken",
            Title = "Broken",
            Prompt = "p",
            Hints = ["h"],
            ReferenceSolution = "0.5",
        };

        var feedback = broken.Check(0.5, book);

        Assert.Equal(FeedbackStatus.CheckerFault, feedback.Status);
        Assert.Contains("The exercise itself failed", feedback.Summary, StringComparison.Ordinal);
        Assert.Contains("please report this", feedback.Summary, StringComparison.Ordinal);
        Assert.Contains("the steady state did not converge", feedback.Summary, StringComparison.Ordinal);
        Assert.Contains("not a mistake in your answer", feedback.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Try again", feedback.NextStep, StringComparison.Ordinal);
        Assert.Equal(0, book["test-broken"].Attempts);
    }

    [Fact]
    public void CodeExercise_ReferenceThatThrows_IsACheckerFault()
    {
        var exercise = new CodeExercise<Func<double, double>>
        {
            Id = "test-bad-reference",
            Title = "Bad reference",
            Prompt = "p",
            Reference = x => x < 0 ? throw new ArithmeticException("reference bug") : x,
            Cases = [new CodeCase("one", 1.0), new CodeCase("minus one", -1.0)],
            ReferenceSolution = "x => x",
        };
        Func<double, double> learner = x => x;

        var feedback = exercise.Evaluate(learner);

        Assert.Equal(FeedbackStatus.CheckerFault, feedback.Status);
        Assert.Contains("ArithmeticException: reference bug", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LearnerMistake_StaysALearnerError()
    {
        var book = new ProgressBook(null);

        var feedback = ExerciseSamples.Half().Check("half", book);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Equal(1, book["test-half"].Attempts);
    }
}

using System.Diagnostics;
using CsCheck;
using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Tests.Exercises;

public sealed class CodeExerciseTests
{
    [Fact]
    public void Evaluate_RightFunction_PassesEveryCase()
    {
        Func<double, double> square = v => Math.Pow(v, 2);

        var feedback = ExerciseSamples.Square().Evaluate(square);

        Assert.Equal(FeedbackStatus.Passed, feedback.Status);
        Assert.Equal(3, feedback.Criteria.Count);
        Assert.All(feedback.Criteria, c => Assert.True(c.Passed));
        Assert.Contains("zero (x = 0), edge case", feedback.Criteria[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WrongFunction_FailsTheCasesItGetsWrong_AndSaysExpectedAndActual()
    {
        Func<double, double> doubled = v => 2 * v;

        var feedback = ExerciseSamples.Square().Evaluate(doubled);

        Assert.Equal(FeedbackStatus.Failed, feedback.Status);
        Assert.Equal([true, true, false], feedback.Criteria.Select(c => c.Passed));
        Assert.Equal("expected 9, but your function returned -6.", feedback.Criteria[2].Why);
    }

    [Fact]
    public void Evaluate_AnyFunctionThatDiffersFromTheReference_IsNeverPassed()
    {
        Gen.Double[-10, 10].Where(d => Math.Abs(d) > 1e-3).Sample(shift =>
        {
            Func<double, double> shifted = v => (v * v) + shift;
            Assert.Equal(FeedbackStatus.Failed, ExerciseSamples.Square().Evaluate(shifted).Status);
        });
    }

    [Fact]
    public void Evaluate_FunctionThatThrows_GetsTheExceptionWithoutAStackTrace()
    {
        Func<double, double> throws = v => v == 0 ? throw new DivideByZeroException("no zeros here") : v * v;

        var feedback = ExerciseSamples.Square().Evaluate(throws);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Equal("Your function threw DivideByZeroException: \"no zeros here\". In plain words: a whole number (`int`) was divided by zero. With `double` numbers, 1/0 gives infinity instead; check the divisor. Look at what your code does with these inputs.", feedback.Criteria[0].Why);
        Assert.True(feedback.Criteria[1].Passed);
        Assert.DoesNotMatch(@"\bat [\w.]+\(|:line \d", feedback.ToString());
        Assert.DoesNotMatch(@"\bat [\w.]+\(|:line \d", feedback.ToHtml());
    }

    [Fact]
    public void Evaluate_FunctionThatHangs_TimesOutWithAClearMessage_AndSkipsTheRest()
    {
        // Given a learner function that never returns
        Func<double, double> hangs = v =>
        {
            while (true)
            {
                Thread.Sleep(10);
            }
        };
        var clock = Stopwatch.StartNew();

        // When
        var feedback = ExerciseSamples.Square(TimeSpan.FromMilliseconds(200)).Evaluate(hangs);

        // Then it gives up after one time limit, not one per case
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains("did not finish within 0.2 s", feedback.Criteria[0].Why, StringComparison.Ordinal);
        Assert.Contains("loops forever", feedback.Criteria[0].Why, StringComparison.Ordinal);
        Assert.All(feedback.Criteria.Skip(1), c => Assert.StartsWith("Not tried", c.Why, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_FunctionReturningNaN_IsExplained()
    {
        Func<double, double> nan = v => v == 2 ? double.NaN : v * v;

        var feedback = ExerciseSamples.Square().Evaluate(nan);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains("returned NaN", feedback.Criteria[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NotImplementedPlaceholder_IsNotAttempted()
    {
        Func<double, double> placeholder = _ => throw new NotImplementedException();

        Assert.Equal(FeedbackStatus.NotAttempted, ExerciseSamples.Square().Evaluate(placeholder).Status);
    }

    [Fact]
    public void Evaluate_FunctionOfTheWrongType_SaysWhichTypeIsNeeded()
    {
        Func<int, int> wrong = v => v * v;

        var feedback = ExerciseSamples.Square().Evaluate(wrong);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains("a function of type Func<int, int>", feedback.Summary, StringComparison.Ordinal);
        Assert.Contains("`Func<double, double>`", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Null_IsNotAttempted()
    {
        Assert.Equal(FeedbackStatus.NotAttempted, ExerciseSamples.Square().Evaluate(null).Status);
    }

    [Fact]
    public void Cases_WithTheWrongNumberOfArguments_AreRejected()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new CodeExercise<Func<double, double>>
        {
            Id = "test-bad",
            Title = "t",
            Prompt = "p",
            Reference = x => x,
            Cases = [new CodeCase("two arguments", 1.0, 2.0)],
            ReferenceSolution = "x",
        });
        Assert.Equal("Cases", e.ParamName);
    }

    [Fact]
    public void TimeLimit_OutOfRange_IsRejected()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => ExerciseSamples.Square(TimeSpan.Zero));
        Assert.Equal("TimeLimit", e.ParamName);
    }
}

using CsCheck;
using NeuroBalance.Exercises;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

public sealed class NumericExerciseTests
{
    [Fact]
    public void Evaluate_SameValueInAnotherUnit_Passes()
    {
        // Given 2 µM expected, When answered as 2000 nM or 0.002 mM, Then both pass
        var exercise = ExerciseSamples.Concentration2Micromolar();

        Assert.Equal(FeedbackStatus.Passed, exercise.Evaluate(Concentration.FromNanomolar(2000)).Status);
        Assert.Equal(FeedbackStatus.Passed, exercise.Evaluate(Concentration.FromMillimolar(0.002)).Status);
    }

    [Fact]
    public void Evaluate_AnyValueInMicromolarOrNanomolar_GetsTheSameVerdict()
    {
        Gen.Double[0, 1e6].Sample(micromolar =>
        {
            var exercise = ExerciseSamples.Concentration2Micromolar();
            var inMicromolar = exercise.Evaluate(Concentration.FromMicromolar(micromolar)).Status;
            var inNanomolar = exercise.Evaluate(Concentration.FromNanomolar(micromolar * 1000)).Status;
            Assert.Equal(inMicromolar, inNanomolar);
        });
    }

    [Fact]
    public void Evaluate_PassesExactlyWithinTheTolerance()
    {
        Gen.Double[0, 10].Sample(micromolar =>
        {
            var feedback = ExerciseSamples.Concentration2Micromolar(Tolerance.RelativeOf(0.05)).Evaluate(Concentration.FromMicromolar(micromolar));
            var inside = Math.Abs(micromolar - 2) <= 0.1 * (1 - 1e-12);
            var outside = Math.Abs(micromolar - 2) > 0.1 * (1 + 1e-12);
            Assert.True(!inside || feedback.Passed, $"{micromolar} µM should pass");
            Assert.True(!outside || feedback.Status == FeedbackStatus.Failed, $"{micromolar} µM should fail");
        });
    }

    [Fact]
    public void Evaluate_Null_IsNotAttempted()
    {
        Concentration? answer = null;

        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate(answer);

        Assert.Equal(FeedbackStatus.NotAttempted, feedback.Status);
        Assert.Contains("no answer yet", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BareNumber_AsksForAUnit()
    {
        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate(2.0);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains("needs a unit", feedback.Summary, StringComparison.Ordinal);
        Assert.Contains("Concentration.FromMicromolar(2)", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WrongType_SaysWhatWasGivenAndWhatIsAsked()
    {
        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate("2 µM");

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains("the text \"2 µM\" (a string, in quotes)", feedback.Summary, StringComparison.Ordinal);
        Assert.Contains("asks for a concentration such as `Concentration.FromMicromolar(2)`", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OffByAThousand_SuggestsCheckingTheUnit()
    {
        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate(Concentration.FromNanomolar(2));

        Assert.Equal(FeedbackStatus.Failed, feedback.Status);
        var value = feedback.Criteria.Single(c => c.Name == "Value");
        Assert.False(value.Passed);
        Assert.Contains("too low", value.Why, StringComparison.Ordinal);
        Assert.Contains("factor of exactly 1,000", value.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Failure_NeverRevealsTheExpectedValue()
    {
        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate(Concentration.FromMicromolar(3));

        Assert.DoesNotContain("2 µM", feedback.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2000", feedback.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<double, string> NonFiniteNumbers => new() { { double.NaN, "NaN" }, { double.PositiveInfinity, "infinite" } };

    [Theory]
    [MemberData(nameof(NonFiniteNumbers))]
    public void Evaluate_NonFiniteNumber_GetsAFriendlyMessage(double value, string phrase)
    {
        var feedback = ExerciseSamples.Half().Evaluate(value);

        Assert.Equal(FeedbackStatus.LearnerError, feedback.Status);
        Assert.Contains(phrase, feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IntegerForAPlainNumber_IsAccepted()
    {
        Assert.Equal(FeedbackStatus.Failed, ExerciseSamples.Half().Evaluate(1).Status);
        Assert.Equal(FeedbackStatus.Passed, ExerciseSamples.Half().Evaluate(0.5m).Status);
    }

    [Fact]
    public void Evaluate_PercentageForAFraction_SaysSo()
    {
        var feedback = ExerciseSamples.Half().Evaluate(50.0);

        Assert.Contains("percentage", feedback.Criteria.Single(c => c.Name == "Value").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AnotherRegisteredQuantity_IsNamed()
    {
        // Given a quantity type plugged in by registration, in this test's own session
        using var session = NeuroBalance.Hosting.CourseSession.Use(new NeuroBalance.Hosting.CourseSession());
        QuantityKinds.Register(new QuantityKind<TimeSpan>("duration", "s", t => t.TotalSeconds, t => $"{t.TotalSeconds} s", "TimeSpan.FromSeconds(1)"));

        var feedback = ExerciseSamples.Concentration2Micromolar().Evaluate(TimeSpan.FromSeconds(2));

        Assert.Contains("You gave a duration (2 s)", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_InOneSession_IsNotSeenByAnother()
    {
        var kind = new QuantityKind<TimeSpan>("time span", "s", t => t.TotalSeconds, t => $"{t.TotalSeconds} s", "TimeSpan.FromSeconds(1)");
        using (NeuroBalance.Hosting.CourseSession.Use(new NeuroBalance.Hosting.CourseSession()))
        {
            QuantityKinds.Register(kind);
            Assert.Same(kind, QuantityKinds.Find(typeof(TimeSpan)));
        }

        using (NeuroBalance.Hosting.CourseSession.Use(new NeuroBalance.Hosting.CourseSession()))
        {
            Assert.Null(QuantityKinds.Find(typeof(TimeSpan)));
            Assert.Same(QuantityKinds.Concentration, QuantityKinds.Find(typeof(NeuroBalance.Quantities.Concentration)));
        }
    }
}

using NeuroBalance.Exercises;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

/// <summary>The engine's teaching feedback: unit criterion agreement, durations, anticipated mistakes, integer division, unit slips in code.</summary>
public sealed class TeachingFeedbackTests
{
    private static NumericExercise<Concentration> Micromolar2(params AnticipatedMistake[] mistakes) =>
        new(QuantityKinds.Concentration)
        {
            Id = "09-two-micromolar", Title = "t", Prompt = "p", ReferenceSolution = "s",
            Expected = Concentration.FromMicromolar(2), Mistakes = mistakes,
        };

    [Fact]
    public void PowerOfTenSlip_FailsTheKindAndUnitCriterion_TooSoNothingContradicts()
    {
        var feedback = Micromolar2().Evaluate(Concentration.FromNanomolar(2));

        Assert.False(feedback.Criteria[0].Passed);
        Assert.Contains("factor of exactly 1,000", feedback.Criteria[0].Why, StringComparison.Ordinal);
        Assert.DoesNotContain("right kind and unit", feedback.ToString(), StringComparison.Ordinal);
        Assert.True(Micromolar2().Evaluate(Concentration.FromNanomolar(2000)).Criteria[0].Passed);
    }

    [Fact]
    public void Duration_IsAnAnswerKind_AndANumberInMsAcceptsADuration()
    {
        var duration = new NumericExercise<Duration>(QuantityKinds.Duration) { Id = "09-d", Title = "t", Prompt = "p", ReferenceSolution = "s", Expected = Duration.FromMilliseconds(62) };
        var ms = new NumericExercise<double>(QuantityKinds.Number) { Id = "09-m", Title = "t", Prompt = "p", ReferenceSolution = "s", Expected = 62, NumberUnit = "ms" };

        Assert.True(duration.Evaluate(Duration.FromSeconds(0.062)).Passed);
        Assert.Contains("needs a unit", duration.Evaluate(62.0).Summary, StringComparison.Ordinal);
        Assert.True(ms.Evaluate(Duration.FromSeconds(0.062)).Passed);
        Assert.True(ms.Evaluate(62.0).Passed);
        Assert.Contains("The question asks for ms", ms.Evaluate(0.062).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnticipatedMistake_GetsItsMessage_OnlyWhenTheAnswerEqualsIt()
    {
        var exercise = Micromolar2(new AnticipatedMistake(() => Concentration.FromMicromolar(4), "You doubled it."));

        Assert.Contains("You doubled it.", exercise.Evaluate(Concentration.FromMicromolar(4)).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("You doubled it.", exercise.Evaluate(Concentration.FromMicromolar(3)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IntegerAnswer_ToAFractionalQuestion_AsksAboutIntegerDivision()
    {
        var exercise = new NumericExercise<double>(QuantityKinds.Number) { Id = "09-f", Title = "t", Prompt = "p", ReferenceSolution = "s", Expected = 1.2 };

        Assert.Contains("integer division", exercise.Evaluate((2 + 4) / (1 + 4)).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("integer division", exercise.Evaluate(1.0).ToString(), StringComparison.Ordinal);
        Assert.Contains("use a point", exercise.Evaluate("1,2").Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeExercise_ResultsAllOffByTheSamePowerOfTen_AreCalledAUnitSlip_AndKnownWrongFunctionsGetTheirMessage()
    {
        Func<double, double> reference = v => v / 1000;
        Func<double, double> doubled = v => 2 * v / 1000;
        var exercise = new CodeExercise<Func<double, double>>
        {
            Id = "09-c", Title = "t", Prompt = "p", ReferenceSolution = "s", Reference = reference,
            Cases = [new CodeCase("a", 1.0), new CodeCase("b", 5.0), new CodeCase("zero", 0.0)],
            Mistakes = [new AnticipatedMistake(() => doubled, "You doubled it.")],
        };

        Assert.Contains("unit slip", exercise.Evaluate((Func<double, double>)(v => v)).Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("unit slip", exercise.Evaluate((Func<double, double>)(v => v + 1)).Summary, StringComparison.Ordinal);
        Assert.Contains("You doubled it.", exercise.Evaluate(doubled).Summary, StringComparison.Ordinal);
    }
}

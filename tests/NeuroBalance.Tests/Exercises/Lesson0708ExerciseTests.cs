using NeuroBalance.Exercises;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Integration;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

/// <summary>The exercise sets of lessons 07 and 08: their expected answers come from the models, the reference answers pass, blanks do not.</summary>
public sealed class Lesson0708ExerciseTests
{
    public static TheoryData<string, object?> ReferenceAnswers => new()
    {
        { "07-allo-activation-ratio", GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1), allopregnanolone: Concentration.FromNanomolar(100)) / GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1)) },
        { "07-sert-direction", "C" },
        { "07-allo-ec50", Concentration.FromMicromolar(5.8) },
        { "07-postpartum-serotonin", 0.56 },
        { "07-hypothyroid-autoreceptor", HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State) },
        { "08-precursor-vs-ssri", "A" },
        { "08-ssri-dopamine-brake", SerotoninDopamineBrake.DopamineReleaseFactor(3) },
        { "08-postpartum-gaba-tone", HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State) },
        { "08-capstone-postpartum-ssri", 0.56 * 1.03 * 3 },
        { "08-firing-brake-code", new Func<double, double, double, double>((a, s, b) => 2 / (1 + (a * s * b))) },
    };

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void ReferenceAnswer_Passes_AndBlankDoesNot(string id, object? answer)
    {
        var exercise = Exercise.Get(id);

        Assert.Equal(FeedbackStatus.Passed, exercise.Evaluate(answer).Status);
        Assert.NotEqual(FeedbackStatus.Passed, exercise.Evaluate(null).Status);
        Assert.True(exercise.Hints.Count >= 2);
        Assert.NotEmpty(exercise.Sources);
    }

    [Fact]
    public void Sets_BelongToTheirNotebooks_WithThreeOrMoreExercisesEach()
    {
        Assert.True(ExerciseCatalog.Default.All.Count(e => e.Notebook == "07-hormonal-modulation") >= 3);
        Assert.True(ExerciseCatalog.Default.All.Count(e => e.Notebook == "08-integration-and-interventions") >= 3);
    }

    [Fact]
    public void Capstone_WrongPrediction_Fails()
    {
        // Predicting the week-0 value (the brake cancels the block) is the classic miss.
        Assert.Equal(FeedbackStatus.Failed, Exercise.Get("08-capstone-postpartum-ssri").Evaluate(1.0).Status);
        Assert.Equal(FeedbackStatus.Failed, Exercise.Get("07-sert-direction").Evaluate("A").Status);
        Assert.NotEqual(FeedbackStatus.Passed, Exercise.Get("08-firing-brake-code").Evaluate(new Func<double, double, double, double>((a, s, b) => 1 / (1 + (a * s * b)))).Status);
        Assert.Equal(FeedbackStatus.Failed, Exercise.Get("07-allo-ec50").Evaluate(Concentration.FromMicromolar(11.6)).Status);
    }
}

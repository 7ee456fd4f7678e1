using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

/// <summary>The exercises of lessons 05 and 06: the notebooks' reference answers pass, blank answers do not.</summary>
public sealed class LessonFiveSixExerciseTests
{
    public static TheoryData<string, object> ReferenceAnswers => new()
    {
        { "05-dat-half-time", EvokedReleaseDecay.HalfTime(ClearanceParameters.DatBest2009.Value, Concentration.FromNanomolar(200)).Milliseconds },
        { "05-half-time-function", (Func<double, double, double, double>)((km, c0, vmax) => ((km * Math.Log(2)) + (c0 / 2)) / vmax) },
        { "05-blocker-apparent-km", ClearanceParameters.DatBest2009.Value.ApparentKm(ReceptorBinding.FromKd("b", Concentration.FromNanomolar(100)), Concentration.FromNanomolar(300)) },
        { "05-predict-small-pulse", 3.9 },
        { "05-mao-b-dopamine", "A" },
        { "06-predict-th-double", 1.2 },
        { "06-feedback-meaning", "A" },
        { "06-predict-firing-habituation", 1.9 },
        { "06-regulation-weeks", ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value.TimeToRegulate(0.95).Days },
    };

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void ReferenceAnswer_Passes_BlankDoesNot(string id, object answer)
    {
        var exercise = Exercise.Get(id);

        Assert.Equal(FeedbackStatus.Passed, exercise.Evaluate(answer).Status);
        Assert.NotEqual(FeedbackStatus.Passed, exercise.Evaluate(null).Status);
        Assert.StartsWith(id[..2] == "05" ? "05-reuptake" : "06-homeostasis", exercise.Notebook, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallPulsePrediction_IsNearTheFullKmFactor_WhileTheLargePulseIsSlowedLess()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        var blocker = ReceptorBinding.FromKd("b", Concentration.FromNanomolar(100));
        double Slowing(double peakNm) => EvokedReleaseDecay.HalfTime(dat, Concentration.FromNanomolar(peakNm), blocker, Concentration.FromNanomolar(300)) / EvokedReleaseDecay.HalfTime(dat, Concentration.FromNanomolar(peakNm));

        Assert.InRange(Slowing(10), 3.7, 4);
        Assert.True(Slowing(200) < Slowing(10));
    }
}

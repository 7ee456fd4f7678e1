using NeuroBalance.Content;
using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>
/// The exercises that issue 14 names give targeted feedback for their anticipated mistakes: the wrong answers
/// are computed here from the science (not read from the lesson's values), and each must get its message,
/// not just "too high / too low".
/// </summary>
public sealed class AnticipatedMistakeTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

    private static Feedback Answer(string id, object answer) => Course.Get(id).Evaluate(answer);

    private static double Expected(string id) => ((NumericExercise<double>)Course.Get(id)).Expected;

    /// <summary>G from the doubling answer y* = (2 + G)/(1 + G): y* − 1 = 1/(1 + G).</summary>
    private static double Gain => (1 / (Expected("01-production-doubles") - 1)) - 1;

    private static void AssertTargeted(Feedback feedback, string phrase)
    {
        Assert.NotEqual(FeedbackStatus.Passed, feedback.Status);
        Assert.Contains(phrase, feedback.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SetPoint_OnePlusGainMixUps_GetTargetedMessages()
    {
        var g = Gain;
        AssertTargeted(Answer("01-production-doubles", 1 / (1 + g)), "not the level");
        AssertTargeted(Answer("01-production-doubles", 1 + (1 + g)), "divides it by 1 + G");
        AssertTargeted(Answer("01-predict-clearance", 1 + (1 / (1 + g))), "s/(s + G)");
        AssertTargeted(Answer("01-predict-clearance", 2.0), "without feedback");
        Func<double, double, double, double> rule = (p, s, gain) => 1 + (((p / s) - 1) / (1 + gain));
        AssertTargeted(Answer("01-steady-state-function", rule), "exact only when");
    }

    [Fact]
    public void IntegerDivision_AndDecimalComma_GetPlainWordsNotes()
    {
        AssertTargeted(Answer("01-production-doubles", (2 + 4) / (1 + 4)), "integer division");
        AssertTargeted(Answer("01-production-doubles", "1,2"), "use a point");
        AssertTargeted(Answer("01-production-doubles", "1.2"), "Remove the quotes");
    }

    [Fact]
    public void HillCurves_LinearThinking_GetsTargetedMessages()
    {
        var ec50 = ContentValues.ReceptorConstant("GABA-A", "GABA").Low;
        var ambient = ContentValues.Level("GABA").High;
        AssertTargeted(Answer("02-predict-ambient-gaba", 0.5 * (ambient / ec50)), "not a straight");
        AssertTargeted(Answer("04-hill-steepness", 0.5 * 0.5), "linear thinking");
        AssertTargeted(Answer("04-hill-steepness", 0.5 / (1 + 0.5)), "mass-action answer");

        var shift = GabaTerminal.GabaAEc50 / ((NumericExercise<Concentration>)Course.Get("07-allo-ec50")).Expected;
        AssertTargeted(Answer("07-allo-activation-ratio", shift), "linear thinking");
        AssertTargeted(Answer("07-allo-ec50", GabaTerminal.GabaAEc50 * shift), "the EC50 is divided");
    }

    [Fact]
    public void MassActionInversions_ForgottenOnePlus_GetTargetedMessages()
    {
        var km = ClearanceParameters.DatBest2009.Value.Km;
        AssertTargeted(Answer("05-blocker-apparent-km", km * (300.0 / 100.0)), "the \"1 +\" is missing");
        AssertTargeted(Answer("05-blocker-apparent-km", km * (1 / (1 + (300.0 / 100.0)))), "goes up");

        var ki = SerotoninTerminal.EscitalopramKi;
        var theta = ((NumericExercise<Concentration>)Course.Get("04-sert-eighty")).Expected / ki;
        var occupancy = theta / (1 + theta);
        AssertTargeted(Answer("04-sert-eighty", ki * occupancy), "/(1 − θ)");
    }

    [Fact]
    public void UnitSlips_AreNamed_AndTheUnitCriterionAgrees()
    {
        var halfTime = EvokedReleaseDecay.HalfTime(ClearanceParameters.DatBest2009.Value, Concentration.FromNanomolar(200));
        Assert.Equal(FeedbackStatus.Passed, Answer("05-dat-half-time", halfTime).Status);

        var inSeconds = Answer("05-dat-half-time", halfTime.Seconds);
        AssertTargeted(inSeconds, "factor of exactly 1,000");
        Assert.False(inSeconds.Criteria[0].Passed);
        Assert.DoesNotContain("right kind and unit", inSeconds.ToString(), StringComparison.Ordinal);

        var ec50 = ((NumericExercise<Concentration>)Course.Get("07-allo-ec50")).Expected;
        var nanoForMicro = Answer("07-allo-ec50", Concentration.FromNanomolar(ec50.Micromolar));
        Assert.False(nanoForMicro.Criteria[0].Passed);
        AssertTargeted(nanoForMicro, "factor of exactly 1,000");

        Func<double, double, double, double> milliseconds = (km, c0, vmax) => ((km * Math.Log(2)) + (c0 / 2)) / vmax * 1000;
        AssertTargeted(Answer("05-half-time-function", milliseconds), "unit slip");
    }
}

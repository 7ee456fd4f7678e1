using System.Globalization;
using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>
/// The exercises of lessons 05 and 06 (notebooks/05-reuptake-and-clearance, notebooks/06-homeostasis-and-feedback):
/// the notebooks' reference answers pass, blank answers do not, and the texts follow the lesson's parameters.
/// </summary>
public sealed class LessonFiveSixExerciseTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

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
        var exercise = Course.Get(id);

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

    [Fact]
    public void Lesson05_HintsAndExplanations_ShowTheComputedValues()
    {
        var halfTime = (NumericExercise<double>)Course.Get("05-dat-half-time");
        var ms = EvokedReleaseDecay.HalfTime(ClearanceParameters.DatBest2009.Value, Concentration.FromNanomolar(200)).Milliseconds;

        Assert.Equal(ms, halfTime.Expected, 1e-9);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"≈ {ms:F0} ms"), halfTime.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"≈ {ms / 1000:F3} s"), halfTime.Hints[2], StringComparison.Ordinal);
        Assert.Contains("1 + 300/100 = 4.", Course.Get("05-blocker-apparent-km").Hints[1], StringComparison.Ordinal);
        Assert.Contains("0.2 µM × 4 = 0.8 µM", Course.Get("05-blocker-apparent-km").SolutionExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson05_ChangeThePulseAndTheDose_TheExpectedValueAndTheTextsFollow()
    {
        // Given the lesson's code with a 500 nM pulse and 100 nM blocker instead of 200 nM and 300 nM
        var exercises = Unit("05-reuptake-and-clearance", new ReuptakeAndClearance(Concentration.FromNanomolar(500), Concentration.FromNanomolar(100)));
        var halfTime = (NumericExercise<double>)exercises.Single(e => e.Id == "05-dat-half-time");
        var km = (NumericExercise<Concentration>)exercises.Single(e => e.Id == "05-blocker-apparent-km");
        var ms = EvokedReleaseDecay.HalfTime(ClearanceParameters.DatBest2009.Value, Concentration.FromNanomolar(500)).Milliseconds;

        // Then the expected answers and every text that shows them follow
        Assert.Equal(ms, halfTime.Expected, 1e-9);
        Assert.Contains("500 nM pulse", halfTime.Title, StringComparison.Ordinal);
        Assert.Contains("C0/2 = 250 nM", halfTime.Hints[1], StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"≈ {ms:F0} ms"), halfTime.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("Concentration.FromNanomolar(500)", halfTime.ReferenceSolution, StringComparison.Ordinal);
        Assert.Equal(400, km.Expected.Nanomolar, 1e-6);
        Assert.Contains("1 + 100/100 = 2.", km.Hints[1], StringComparison.Ordinal);
        Assert.Contains("= 0.4 µM", km.SolutionExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson06_ModelResultsInTheTexts_AreTheSimulatedOnes()
    {
        var th = AutoreceptorExperiment.ThScaling(2);
        var thDouble = Course.Get("06-predict-th-double");
        var meaning = Course.Get("06-feedback-meaning");

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"×{th.WithoutFeedback:F2}"), thDouble.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains(th.ToString(), meaning.Prompt, StringComparison.Ordinal);
        Assert.Contains(AutoreceptorExperiment.ThScaling(0.5).ToString(), meaning.Prompt, StringComparison.Ordinal);
        var store = AutoreceptorExperiment.Firing(Rate.FromPerSecond(15), DopamineTerminal.Vda).WithFeedback;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"about {store * 100:F0}% of normal"), Course.Get("06-predict-firing-habituation").SolutionExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson06_ChangeTheRegulationTime_TheExpectedValueAndTheTextsFollow()
    {
        // Given the lesson's code with a receptor that regulates with τr = 14 days instead of 7
        var slow = ReceptorAdaptation.Create("slow receptor", Duration.FromMinutes(10), 0.5, 1, Duration.FromDays(14), 1, 0.2, 3);
        var weeks = (NumericExercise<double>)Unit("06-homeostasis-and-feedback", new HomeostasisAndFeedback(slow)).Single(e => e.Id == "06-regulation-weeks");
        var days = slow.TimeToRegulate(0.95).Days;

        // Then the expected answer, the prompt, the hint and the explanation follow
        Assert.Equal(days, weeks.Expected, 1e-9);
        Assert.Contains("τr = 14 days", weeks.Prompt, StringComparison.Ordinal);
        Assert.Contains("3 × 14 days", weeks.Hints[2], StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"≈ {days:F0} days"), weeks.SolutionExplanation, StringComparison.Ordinal);
        Assert.Equal(FeedbackStatus.Passed, weeks.Evaluate(days).Status);
    }

    private static IReadOnlyList<Exercise> Unit(string lesson, ILessonCode code) =>
        new LessonExerciseSet(lesson, code, [Path.Combine(CourseLessons.SourceFolder, lesson, "exercises.yaml")], null).Exercises;
}

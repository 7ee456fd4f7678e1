using System.Globalization;
using NeuroBalance.Content;
using NeuroBalance.Exercises;
using NeuroBalance.Lessons;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Homeostasis;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>
/// The exercises of lessons 01 and 02 (units <c>notebooks/01-origin-and-balance/</c> and
/// <c>notebooks/02-the-messengers/</c>): the reference answers pass, blank and wrong answers do not,
/// the correct choices agree with the knowledge base, and the texts follow the lesson's values.
/// </summary>
public sealed class LessonOneAndTwoExercisesTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

    public static TheoryData<string, object?> ReferenceAnswers => new()
    {
        { "01-production-doubles", (2.0 + 4) / (1 + 4) },
        { "01-steady-state-function", (Func<double, double, double, double>)((p, s, g) => (p + g) / (s + g)) },
        { "01-serotonin-theory", "A" },
        { "01-predict-clearance", (1 + 4) / (0.5 + 4) },
        { "02-ion-channel", "C" },
        { "02-pkd-to-kd", Concentration.FromNanomolar(Math.Pow(10, 9 - 8.9)) },
        { "02-predict-ambient-gaba", 1 / (1 + Math.Pow(11.6 / 2.5, 2.2)) },
        { "02-gaba-precursor", "A" },
    };

    public static TheoryData<string, object?> WrongAnswers => new()
    {
        { "01-production-doubles", 2.0 },
        { "01-steady-state-function", (Func<double, double, double, double>)((p, s, g) => p / s) },
        { "01-serotonin-theory", "D" },
        { "02-ion-channel", "B" },
        { "02-pkd-to-kd", Concentration.FromNanomolar(8.9) },
        { "02-gaba-precursor", "C" },
    };

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void ReferenceAnswer_Passes(string id, object? answer) =>
        Assert.Equal(FeedbackStatus.Passed, Course.Get(id).Evaluate(answer).Status);

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void NoAnswer_DoesNotPass(string id, object? answer)
    {
        _ = answer;
        Assert.NotEqual(FeedbackStatus.Passed, Course.Get(id).Evaluate(null).Status);
    }

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public void WrongAnswer_DoesNotPass(string id, object? answer) =>
        Assert.NotEqual(FeedbackStatus.Passed, Course.Get(id).Evaluate(answer).Status);

    [Fact]
    public void EachLesson_HasAtLeastThreeExercises_OfMoreThanOneKind()
    {
        foreach (var notebook in new[] { "01-origin-and-balance", "02-the-messengers" })
        {
            var set = Course.ForNotebook(notebook);
            Assert.True(set.Count >= 3);
            Assert.True(set.Select(e => e.GetType()).Distinct().Count() >= 2);
            Assert.All(set, e => Assert.StartsWith(notebook[..3], e.Id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void IonChannel_TheCorrectChoice_IsTheOnlyIonotropicReceptorInTheKnowledgeBase()
    {
        // The C# catalog computed each choice's correctness from the knowledge base; the exercise file
        // marks it, and this test keeps the two in step.
        var exercise = (MultipleChoiceExercise)Course.Get("02-ion-channel");

        Assert.All(exercise.Choices, c =>
            Assert.Equal(Neurochemistry.Receptor(c.Text).Kind == ReceptorKind.Ionotropic, c.IsCorrect));
    }

    [Fact]
    public void GabaPrecursor_TheCorrectChoice_IsTheSubstrateOfTheRateLimitingStepInTheKnowledgeBase()
    {
        var step = Neurochemistry.Synthesis("GABA").RateLimitingStep!;
        var exercise = (MultipleChoiceExercise)Course.Get("02-gaba-precursor");

        Assert.All(exercise.Choices, c =>
            Assert.Equal(step.Substrate.Contains(c.Text.Split(',')[0].Trim(), StringComparison.OrdinalIgnoreCase), c.IsCorrect));
    }

    [Fact]
    public void Lesson01_ChangeTheGainAndDisturbance_ExpectedValueAndTextsFollow()
    {
        // Given lesson 01's code with another gain and other disturbances than the lesson's G = 4, p = 2, s = 0.5
        var set = Set(new OriginAndBalance { Feedback = SetPointFeedback.WithGain(9), ProductionFactor = 3, ClearanceFactor = 0.25 });

        // When the exercise file is read with those values
        var doubling = (NumericExercise<double>)set.Exercises.Single(e => e.Id == "01-production-doubles");
        var clearance = (PredictionExercise<double>)set.Exercises.Single(e => e.Id == "01-predict-clearance");

        // Then the answer and every number shown follow: y* = (3 + 9)/(1 + 9) = 1.2, (1 + 9)/(0.25 + 9) ≈ 1.08
        Assert.Equal((3.0 + 9) / (1 + 9), doubling.Expected, 12);
        Assert.Contains("G = 9", doubling.Prompt, StringComparison.Ordinal);
        Assert.Contains("p = 3, s = 1, G = 9", doubling.Hints[1], StringComparison.Ordinal);
        Assert.Contains("y* = 12/10", doubling.Hints[2], StringComparison.Ordinal);
        Assert.Contains("1/10", doubling.Hints[2], StringComparison.Ordinal);
        Assert.Contains("(3.0 + 9) / (1 + 9)", doubling.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains("instead of 200%", doubling.SolutionExplanation, StringComparison.Ordinal);
        var level = (1 + 9) / (0.25 + 9);
        Assert.Equal(level, clearance.Simulation(), 12);
        Assert.Contains($"≈ {level.ToString("F2", CultureInfo.InvariantCulture)}", clearance.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("s/(s + G) = 1/37", clearance.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("p = 1, s = 0.25, G = 9", clearance.Hints[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson01_TheLessonsValues_AreShownInTheTexts()
    {
        var lesson = new OriginAndBalance();
        var g = lesson.Feedback.Gain;
        var doubled = lesson.Feedback.SteadyStateLevel(Disturbance.ProductionScaled(lesson.ProductionFactor));
        var halved = lesson.Feedback.SteadyStateLevel(Disturbance.ClearanceScaled(lesson.ClearanceFactor));

        var doubling = Course.Get("01-production-doubles");
        var clearance = Course.Get("01-predict-clearance");

        Assert.Contains($"y* = {lesson.ProductionFactor + g}/{1 + g}.", doubling.Hints[2], StringComparison.Ordinal);
        Assert.Contains($"+{100 * (doubled - 1):0.#}%", doubling.Hints[2], StringComparison.Ordinal);
        Assert.Contains($"({lesson.ProductionFactor:F1} + {g}) / (1 + {g}); // {doubled}", doubling.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains($"y* = {1 + g}/{lesson.ClearanceFactor + g} ≈ {halved:F2}", clearance.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains($"{100 * (halved - 1):F0}% rise", clearance.SolutionExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson02_ChangeTheReceptorConstants_ExpectedValueAndTextsFollow()
    {
        // Given lesson 02's code with other constants than the knowledge base's
        var set = Set(new TheMessengers
        {
            SerotoninKd = Concentration.FromNanomolar(10),
            GabaEc50 = Concentration.FromMicromolar(5),
            GabaHillSlope = 1.5,
            AmbientGaba = (Concentration.FromNanomolar(100), Concentration.FromMicromolar(4)),
        });

        // When the exercise file is read with them
        var pkd = (NumericExercise<Concentration>)set.Exercises.Single(e => e.Id == "02-pkd-to-kd");
        var ambient = (PredictionExercise<double>)set.Exercises.Single(e => e.Id == "02-predict-ambient-gaba");

        // Then the answers and the numbers shown follow (Kd 10 nM is pKd 8)
        Assert.Equal(10, pkd.Expected.Nanomolar, 9);
        Assert.Contains("pKd of 8**", pkd.Prompt, StringComparison.Ordinal);
        Assert.Contains("10^(9 − 8) nM", pkd.Hints[1], StringComparison.Ordinal);
        Assert.Contains("≈ 10 nM", pkd.SolutionExplanation, StringComparison.Ordinal);
        var activation = Occupancy.Hill(Concentration.FromMicromolar(4), Concentration.FromMicromolar(5), 1.5);
        Assert.Equal(activation, ambient.Simulation(), 12);
        Assert.Contains("EC50 = 5 µM and Hill slope 1.5", ambient.Prompt, StringComparison.Ordinal);
        Assert.Contains("100 nM–4 µM", ambient.Prompt, StringComparison.Ordinal);
        Assert.Contains("(5/4)^1.5", ambient.Hints[1], StringComparison.Ordinal);
        Assert.Contains($"About {100 * activation:F0}%", ambient.SolutionExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson02_TheKnowledgeBaseValues_AreShownInTheTexts()
    {
        var ht2a = ContentValues.ReceptorConstant("5-HT2A", "serotonin");
        var gabaA = ContentValues.ReceptorConstant("GABA-A", "GABA");
        var ambient = ContentValues.Level("GABA");
        var hill = ContentValues.HillSlope("GABA-A", "GABA");
        var activation = Occupancy.Hill(ambient.High, gabaA.Low, hill);

        var pkd = Course.Get("02-pkd-to-kd");
        var prediction = Course.Get("02-predict-ambient-gaba");

        Assert.Contains($"pKd of {9 - Math.Log10(ht2a.Low.Nanomolar):G4}**", pkd.Prompt, StringComparison.Ordinal);
        Assert.Contains($"≈ {ht2a.Low}.", pkd.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains($"// ≈ {ht2a.Low.Nanomolar:F2} nM", pkd.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains($"EC50 = {gabaA.Low} and Hill slope {hill:0.#}", prediction.Prompt, StringComparison.Ordinal);
        Assert.Contains($"{ambient.Low}–{ambient.High}", prediction.Prompt, StringComparison.Ordinal);
        Assert.Contains($"({gabaA.Low.Micromolar:G4}/{ambient.High.Micromolar:G4})^{hill:0.#}", prediction.Hints[1], StringComparison.Ordinal);
        Assert.Contains($"// ≈ {activation:F2}", prediction.ReferenceSolution, StringComparison.Ordinal);
    }

    private static LessonExerciseSet Set(ILessonCode code) =>
        new(code.Lesson, code, [Path.Combine(CourseLessons.SourceFolder, code.Lesson, "exercises.yaml")], null);
}

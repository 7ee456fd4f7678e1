using NeuroBalance.Course;
using NeuroBalance.Exercises;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The exercise sets of lessons 07 and 08: their expected answers come from the models, the reference answers pass, blanks do not.</summary>
public sealed class Lesson0708ExerciseTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

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
        var exercise = Course.Get(id);

        Assert.Equal(FeedbackStatus.Passed, exercise.Evaluate(answer).Status);
        Assert.NotEqual(FeedbackStatus.Passed, exercise.Evaluate(null).Status);
        Assert.True(exercise.Hints.Count >= 2);
        Assert.NotEmpty(exercise.Sources);
    }

    [Fact]
    public void Sets_BelongToTheirNotebooks_WithThreeOrMoreExercisesEach()
    {
        Assert.True(Course.All.Count(e => e.Notebook == "07-hormonal-modulation") >= 3);
        Assert.True(Course.All.Count(e => e.Notebook == "08-integration-and-interventions") >= 3);
    }

    [Fact]
    public void Capstone_WrongPrediction_Fails()
    {
        // Predicting the week-0 value (the brake cancels the block) is the classic miss.
        Assert.Equal(FeedbackStatus.Failed, Course.Get("08-capstone-postpartum-ssri").Evaluate(1.0).Status);
        Assert.Equal(FeedbackStatus.Failed, Course.Get("07-sert-direction").Evaluate("A").Status);
        Assert.NotEqual(FeedbackStatus.Passed, Course.Get("08-firing-brake-code").Evaluate(new Func<double, double, double, double>((a, s, b) => 1 / (1 + (a * s * b)))).Status);
        Assert.Equal(FeedbackStatus.Failed, Course.Get("07-allo-ec50").Evaluate(Concentration.FromMicromolar(11.6)).Status);
    }

    [Fact]
    public void SertDirection_TheCorrectChoiceFollowsTheHormoneLayer()
    {
        // The exercise file marks choice C ("depends on region") correct; the layer's data must agree.
        var sert = HormoneModulation.EffectsOn(ModulationTarget.SertDensity).Single(e => e.Hormone == Hormone.Estradiol);
        var exercise = (MultipleChoiceExercise)Course.Get("07-sert-direction");

        Assert.Equal("depends on species/region", sert.Direction);
        Assert.True(exercise.Choices[2].IsCorrect);
        Assert.Contains($"×{sert.Low:G2}–{sert.High:G2}", exercise.Choices[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void PrecursorVsSsri_TheCorrectChoiceFollowsTheModel()
    {
        // The exercise file marks choice A (tryptophan) correct; the terminal model must agree, by more than 5%.
        var model = SerotoninTerminal.Default;
        var tryptophan = InterventionComparison.SerotoninRelative(model.TryptophanLoading());
        var ssri = InterventionComparison.SerotoninRelative(model.AcuteSsri(InterventionComparison.SsriConcentration));
        var exercise = (MultipleChoiceExercise)Course.Get("08-precursor-vs-ssri");

        Assert.True(tryptophan - ssri >= 0.05, $"tryptophan ×{tryptophan}, SSRI ×{ssri}");
        Assert.True(exercise.Choices[0].IsCorrect);
        Assert.Contains($"×{tryptophan:F2} against ×{ssri:F2}", exercise.Choices[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_ShowTheComputedValues()
    {
        // Numbers that used to be typed into hints and explanations now come from the models.
        var ratio = GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1), allopregnanolone: Concentration.FromNanomolar(100)) / GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1));
        Assert.Contains($"about {ratio:F1}-fold", Course.Get("07-allo-activation-ratio").SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("1 + (3 − 1)·0.5 = 2", Course.Get("07-allo-activation-ratio").Hints[1], StringComparison.Ordinal);
        Assert.Contains("11.6 µM / 2 = ", Course.Get("07-allo-ec50").SolutionExplanation, StringComparison.Ordinal);
        var multiplier = HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State);
        Assert.Contains($"= 0.5625", Course.Get("07-hypothyroid-autoreceptor").Hints[2], StringComparison.Ordinal);
        Assert.Contains($"About {multiplier:F2}", Course.Get("07-hypothyroid-autoreceptor").SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains($"≈ {SerotoninDopamineBrake.DopamineReleaseFactor(3):F2}", Course.Get("08-ssri-dopamine-brake").ReferenceSolution, StringComparison.Ordinal);
        var tone = HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State);
        Assert.Contains($"About {tone:F2}", Course.Get("08-postpartum-gaba-tone").SolutionExplanation, StringComparison.Ordinal);
        var output = CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.Ssri).OutputAtWeek(IntegrationAndInterventions.CapstoneWeek);
        Assert.Contains($"About {output:F1} × reference", Course.Get("08-capstone-postpartum-ssri").SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("**week 6**", Course.Get("08-capstone-postpartum-ssri").Prompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("07-hormonal-modulation", "07-hypothyroid-autoreceptor", "hypothyroidHtr1a", 1.4321, "≈ 1.43", "About 1.43")]
    [InlineData("08-integration-and-interventions", "08-capstone-postpartum-ssri", "capstoneOutput", 3.2468, "prediction = 3.2;", "About 3.2 × reference")]
    public void ChangeTheValue_TheExpectedAnswerAndTheTextsFollow(string lesson, string id, string name, double changed, string inSolution, string inExplanation)
    {
        // Given the lesson's own code with one value changed (as if a model parameter had changed)
        var code = new Changed(lesson == "07-hormonal-modulation" ? new HormonalModulation() : new IntegrationAndInterventions(), name, changed);
        var file = Path.Combine(CourseRepository.Locate(AppContext.BaseDirectory).NotebooksFolder.FullName, lesson, "exercises.yaml");

        // When its exercise file is read again
        var exercise = new LessonExerciseSet(lesson, code, [file], null).Exercises.Single(e => e.Id == id);

        // Then the expected answer, the solution and the explanation show the new value
        var expected = exercise switch
        {
            NumericExercise<double> n => n.Expected,
            PredictionExercise<double> p => p.Simulation(),
            _ => double.NaN,
        };
        Assert.Equal(changed, expected);
        Assert.Contains(inSolution, exercise.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains(inExplanation, exercise.SolutionExplanation, StringComparison.Ordinal);
        Assert.Equal(FeedbackStatus.Passed, exercise.Evaluate(changed).Status);
    }

    /// <summary>A lesson's code with one named value replaced.</summary>
    private sealed class Changed(ILessonCode inner, string name, double value) : ILessonCode
    {
        public string Lesson => inner.Lesson;

        public void Define(LessonValues values)
        {
            var original = new LessonValues();
            inner.Define(original);
            foreach (var n in original.Names)
            {
                if (n == name)
                {
                    values.Add(n, () => value);
                }
                else if (original.HasFunction(n))
                {
                    values.AddFunction(n, original.Function(n));
                }
                else
                {
                    values.Add(n, () => original.Value(n));
                }
            }
        }
    }
}

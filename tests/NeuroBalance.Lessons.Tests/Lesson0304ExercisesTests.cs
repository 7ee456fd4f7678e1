using System.Globalization;
using NeuroBalance.Exercises;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons.Tests;

/// <summary>
/// The exercises of lessons 03 and 04 (notebooks/03-synthesis/, notebooks/04-release-and-receptors/): each reference
/// answer passes and a blank one does not, and the numbers in the texts follow the lesson code's values.
/// </summary>
public sealed class Lesson0304ExercisesTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

    /// <summary>The answers of the notebooks' BEGIN SOLUTION regions, written out independently of the lesson code.</summary>
    public static TheoryData<string, object?> ReferenceAnswers => new()
    {
        { "03-tph-saturation", 20.0 / 60 },
        { "03-shared-cofactor", "A" },
        { "03-tryptophan-meal", 1.3 },
        { "03-tyrosine-meal", 1.0 },
        { "03-doubling-gain", (Func<double, double, double>)((s, km) => 2 * (km + s) / (km + (2 * s))) },
        { "04-hill-steepness", Math.Pow(0.5, 2.2) / (1 + Math.Pow(0.5, 2.2)) },
        { "04-sert-eighty", Concentration.FromNanomolar(27.6 * 0.8 / 0.2) },
        { "04-reserve-occupancy", 1.0 / 32 },
        { "04-partial-agonist", "A" },
        { "04-d2-window", 0.78 / 0.22 / (0.65 / 0.35) },
    };

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void ReferenceAnswer_Passes_AndBlankDoesNot(string id, object? answer)
    {
        var exercise = Course.Get(id);
        Assert.True(exercise.Evaluate(answer).Passed, exercise.Evaluate(answer).ToString());
        Assert.False(exercise.Evaluate(null).Passed);
        Assert.StartsWith(id[..2], exercise.Notebook, StringComparison.Ordinal);
        Assert.NotEmpty(exercise.Sources);
        Assert.InRange(exercise.Hints.Count, 2, 3);
    }

    [Fact]
    public void Sets_HaveTheLessonsExercises_InOrder()
    {
        Assert.Equal(
            ["03-tph-saturation", "03-doubling-gain", "03-shared-cofactor", "03-tryptophan-meal", "03-tyrosine-meal"],
            Course.ForNotebook("03-synthesis.dib").Select(e => e.Id));
        Assert.Equal(
            ["04-hill-steepness", "04-sert-eighty", "04-reserve-occupancy", "04-partial-agonist", "04-d2-window"],
            Course.ForNotebook("04-release-and-receptors.dib").Select(e => e.Id));
    }

    [Fact]
    public void Lesson03_TextsShowTheModelsValues()
    {
        var tph = SynthesisEnzymes.Tph.Value;
        var saturation = Course.Get("03-tph-saturation");
        Assert.Contains($"Km = {tph.Km}", saturation.Prompt, StringComparison.Ordinal);
        Assert.Contains(Invariant($"≈ {SynthesisEnzymes.Saturation(tph, Synthesis.BrainTryptophan):F2}"), saturation.ReferenceSolution, StringComparison.Ordinal);

        // The solution text is the notebook's reference solution, and it compiles to a double division.
        Assert.StartsWith("double? answer = 20.0 / (40 + 20);", saturation.ReferenceSolution, StringComparison.Ordinal);

        var meal = Course.Get("03-tryptophan-meal");
        Assert.Contains(Invariant($"about {PrecursorResponse.SerotoninSynthesis(2):F1}×"), meal.SolutionExplanation, StringComparison.Ordinal);
        var tyrosine = Course.Get("03-tyrosine-meal");
        Assert.Contains(Invariant($"to about {PrecursorResponse.DopamineSynthesis(2):F2}"), tyrosine.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains($"Km of {SynthesisEnzymes.Th.Value.Km}", tyrosine.Hints[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson04_TextsShowTheSourcedValues()
    {
        var sert = Course.Get("04-sert-eighty");
        Assert.Contains($"Ki = {SerotoninTerminal.EscitalopramKi}", sert.Prompt, StringComparison.Ordinal);
        Assert.Contains(Invariant($"about {100 * SertOccupancyFindings.MinimumTherapeuticDose.Value:F0}%"), sert.Prompt, StringComparison.Ordinal);
        Assert.Contains(Invariant($"{SerotoninTerminal.EscitalopramKi} · {SertOccupancyFindings.MinimumTherapeuticDose.Value}/"), sert.Hints[1], StringComparison.Ordinal);

        var window = Course.Get("04-d2-window");
        Assert.Contains(Invariant($"≈ {D2OccupancyThresholds.WindowRatio:F2}"), window.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains(Invariant($"θ = {D2OccupancyThresholds.ExtrapyramidalEffects.Value}"), window.Hints[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson03_ChangeAValue_ExpectedHintsAndSolutionFollow()
    {
        // Given lesson 03's code with TPH2's Km doubled (40 → 80 µM)
        var km = SynthesisEnzymes.Tph.Value.Km * 2;
        var set = SetWith(new Synthesis(), "03-synthesis", new Dictionary<string, Func<object>>
        {
            ["tphKm"] = () => km,
            ["tphKmUm"] = () => km.Micromolar,
            ["tphSaturation"] = () => Synthesis.BrainTryptophan.Micromolar / (km.Micromolar + Synthesis.BrainTryptophan.Micromolar),
        });

        // When the exercise is built
        var exercise = (NumericExercise<double>)set.Exercises.Single(e => e.Id == "03-tph-saturation");

        // Then the expected value, prompt, hint and solution all show the new Km
        Assert.Equal(0.2, exercise.Expected, 12);
        Assert.Contains("Km = 80 µM", exercise.Prompt, StringComparison.Ordinal);
        Assert.Contains("20 / (80 + 20)", exercise.Hints[1], StringComparison.Ordinal);
        Assert.StartsWith("double? answer = 20.0 / (80 + 20); // ≈ 0.20", exercise.ReferenceSolution, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson04_ChangeAValue_ExpectedHintsAndSolutionFollow()
    {
        // Given lesson 04's code with a different reserve agonist (τ = 8)
        var agonist = OperationalModel.Create("full agonist", Concentration.FromNanomolar(100), 8);
        var set = SetWith(new ReleaseAndReceptors(), "04-release-and-receptors", new Dictionary<string, Func<object>>
        {
            ["tau"] = () => agonist.Tau,
            ["twoPlusTau"] = () => 2 + agonist.Tau,
            ["reserveOccupancy"] = () => agonist.OccupancyAtEc50,
            ["reservePercent"] = () => 100 * agonist.OccupancyAtEc50,
            ["sparePercent"] = () => 100 * (1 - agonist.OccupancyAtEc50),
            ["reserveEc50Nm"] = () => agonist.Ec50.Nanomolar,
        });

        // When the exercise is built
        var exercise = (NumericExercise<double>)set.Exercises.Single(e => e.Id == "04-reserve-occupancy");

        // Then the expected value and every number in the texts follow
        Assert.Equal(0.1, exercise.Expected, 12);
        Assert.Contains("τ = 8 ", exercise.Prompt, StringComparison.Ordinal);
        Assert.StartsWith("double? answer = 1.0 / (2 + 8); // ≈ 0.100", exercise.ReferenceSolution, StringComparison.Ordinal);
        Assert.Contains("1/10 ≈ 10%", exercise.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("The other 90% are the reserve", exercise.SolutionExplanation, StringComparison.Ordinal);
        Assert.Contains("about 11 nM here", exercise.SolutionExplanation, StringComparison.Ordinal);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The lesson's exercise set built from its exercise file, with some of its code's values replaced.</summary>
    private static LessonExerciseSet SetWith(ILessonCode code, string lesson, IReadOnlyDictionary<string, Func<object>> replaced) =>
        new(lesson, new Replacing(code, replaced), [Path.Combine(CourseLessons.SourceFolder, lesson, "exercises.yaml")], null);

    private sealed class Replacing(ILessonCode inner, IReadOnlyDictionary<string, Func<object>> replaced) : ILessonCode
    {
        public string Lesson => inner.Lesson;

        public void Define(LessonValues values)
        {
            var original = new LessonValues();
            inner.Define(original);
            Assert.All(replaced.Keys, name => Assert.True(original.HasValue(name), name));
            foreach (var name in original.Names)
            {
                if (original.HasFunction(name))
                {
                    values.AddFunction(name, original.Function(name));
                }
                else
                {
                    values.Add(name, replaced.TryGetValue(name, out var compute) ? compute : () => original.Value(name));
                }
            }
        }
    }
}

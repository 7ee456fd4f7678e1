using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

/// <summary>The exercise sets of lessons 03 and 04: each reference answer passes and a blank one does not.</summary>
public sealed class LessonSetsTests
{
    public static TheoryData<string, object?> ReferenceAnswers => new()
    {
        { "03-tph-saturation", 20.0 / 60 },
        { "03-shared-cofactor", "A" },
        { "03-tryptophan-meal", 1.3 },
        { "03-tyrosine-meal", 1.0 },
        { "03-doubling-gain", (Func<double, double, double>)((s, km) => 2 * (km + s) / (km + (2 * s))) },
        { "04-hill-steepness", Math.Pow(0.5, 2.2) / (1 + Math.Pow(0.5, 2.2)) },
        { "04-sert-eighty", NeuroBalance.Quantities.Concentration.FromNanomolar(27.6 * 0.8 / 0.2) },
        { "04-reserve-occupancy", 1.0 / 32 },
        { "04-partial-agonist", "A" },
        { "04-d2-window", 0.78 / 0.22 / (0.65 / 0.35) },
    };

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void ReferenceAnswer_Passes_AndBlankDoesNot(string id, object? answer)
    {
        var exercise = Exercise.Get(id);
        Assert.True(exercise.Evaluate(answer).Passed, exercise.Evaluate(answer).ToString());
        Assert.False(exercise.Evaluate(null).Passed);
        Assert.StartsWith(id[..2], exercise.Notebook, StringComparison.Ordinal);
        Assert.NotEmpty(exercise.Sources);
        Assert.InRange(exercise.Hints.Count, 2, 3);
    }
}

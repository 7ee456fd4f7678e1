using NeuroBalance.Exercises;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

/// <summary>The exercises of lessons 01 and 02: the reference answers pass, blank and wrong answers do not.</summary>
public sealed class LessonOneAndTwoExercisesTests
{
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
        Assert.Equal(FeedbackStatus.Passed, Exercise.Get(id).Evaluate(answer).Status);

    [Theory]
    [MemberData(nameof(ReferenceAnswers))]
    public void NoAnswer_DoesNotPass(string id, object? answer)
    {
        _ = answer;
        Assert.NotEqual(FeedbackStatus.Passed, Exercise.Get(id).Evaluate(null).Status);
    }

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public void WrongAnswer_DoesNotPass(string id, object? answer) =>
        Assert.NotEqual(FeedbackStatus.Passed, Exercise.Get(id).Evaluate(answer).Status);

    [Fact]
    public void EachLesson_HasAtLeastThreeExercises_OfMoreThanOneKind()
    {
        foreach (var notebook in new[] { "01-origin-and-balance", "02-the-messengers" })
        {
            var set = ExerciseCatalog.Default.ForNotebook(notebook);
            Assert.True(set.Count >= 3);
            Assert.True(set.Select(e => e.GetType()).Distinct().Count() >= 2);
            Assert.All(set, e => Assert.StartsWith(notebook[..3], e.Id, StringComparison.Ordinal));
        }
    }
}

using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

public sealed class ExerciseCatalogTests
{
    private sealed class Set(string notebook, params Exercise[] exercises) : IExerciseSet
    {
        public string Notebook => notebook;

        public IReadOnlyList<Exercise> Exercises => exercises;
    }

    [Fact]
    public void Constructor_DuplicateIds_AcrossNotebooks_AreRejected()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new ExerciseCatalog(
        [
            new Set("N1", ExerciseSamples.Half()),
            new Set("N2", ExerciseSamples.Half()),
        ]));

        Assert.Contains("'test-half' is used twice, in the sets of 'N1' and 'N2'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A4-tour")]
    [InlineData("a4 tour")]
    [InlineData("a4_tour")]
    [InlineData("")]
    public void Id_NotKebabCase_IsRejected(string id)
    {
        var e = Assert.Throws<InvalidParameterException>(() => new MultipleChoiceExercise
        {
            Id = id,
            Title = "t",
            Prompt = "p",
            Choices = [new Choice("a", true, "x"), new Choice("b", false, "y")],
            ReferenceSolution = "\"A\"",
        });
        Assert.Equal("Id", e.ParamName);
    }
}

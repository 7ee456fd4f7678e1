using System.Text.RegularExpressions;
using NeuroBalance.Course;
using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

public sealed partial class ExerciseCatalogTests
{
    private sealed class Set(string notebook, params Exercise[] exercises) : IExerciseSet
    {
        public string Notebook => notebook;

        public IReadOnlyList<Exercise> Exercises => exercises;
    }

    [Fact]
    public void Default_HasEveryKindInTheTour()
    {
        var tour = ExerciseCatalog.Default.ForNotebook("A4-exercises-tour.dib");

        Assert.Equal(Enum.GetValues<ExerciseKind>(), tour.Select(e => e.Kind).Distinct().Order());
        Assert.All(tour, e => Assert.Equal("A4-exercises-tour", e.Notebook));
        Assert.All(tour, e => Assert.NotEmpty(e.Sources));
        Assert.All(tour, e => Assert.NotEmpty(e.Hints));
    }

    [Fact]
    public void Get_UnknownId_ListsTheKnownIds()
    {
        var e = Assert.Throws<InvalidParameterException>(() => Exercise.Get("a4-nope"));

        Assert.Contains("No exercise has the id \"a4-nope\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("a4-ninety-percent", e.Message, StringComparison.Ordinal);
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

    [Fact]
    public void EveryExerciseGetInTheNotebooks_NamesAnExerciseOfThatNotebook()
    {
        // Given every Exercise.Get("...") in the course notebooks
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);
        var uses = repository.FindNotebooks()
            .SelectMany(f => GetCall().Matches(File.ReadAllText(f.FullName)).Select(m => (Notebook: Path.GetFileNameWithoutExtension(f.Name), Id: m.Groups[1].Value)))
            .ToArray();

        // Then each id exists and belongs to the set of the notebook that uses it
        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.Equal(use.Notebook, Exercise.Get(use.Id).Notebook));
    }

    [GeneratedRegex("Exercise\\.Get\\(\"([^\"]+)\"\\)")]
    private static partial Regex GetCall();
}

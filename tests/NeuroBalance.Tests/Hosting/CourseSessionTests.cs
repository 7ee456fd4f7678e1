using NeuroBalance.Content;
using NeuroBalance.Exercises;
using NeuroBalance.Hosting;

namespace NeuroBalance.Tests.Hosting;

/// <summary>The per-kernel session: each test builds its own and makes it current for its own code only.</summary>
public sealed class CourseSessionTests
{
    private const string ChoiceLesson = """
        version: 1
        lesson: 10-choices
        exercises:
          - id: 10-choose
            kind: multiple-choice
            title: Choose
            prompt: Which?
            choices:
              - { text: this one, correct: true, why: because }
              - { text: that one, why: not this }
            hints: [The first.]
            solution: var answer = "A";
            sources: [hulme2010]
            evidence: illustrative
        """;

    private const string ComputedLesson = """
        version: 1
        lesson: 11-computed
        exercises:
          - id: 11-half
            kind: numeric
            answer: number
            expected: half
            tolerance: 0.05
            title: Half
            prompt: Give the half.
            hints: [It is a half.]
            solution: var answer = 0.5;
            sources: [hulme2010]
            evidence: model
        """;

    [Fact]
    public void ExerciseGet_ReadsTheCurrentSessionsCatalog_AndNoOtherSessionSeesIt()
    {
        using (CourseSession.Use(SessionWith(Choices())))
        {
            Assert.Equal("10-choices", Exercise.Get("10-choose").Notebook);
        }

        using (CourseSession.Use(new CourseSession()))
        {
            var e = Assert.Throws<InvalidOperationException>(() => Exercise.Get("10-choose"));
            Assert.Contains("Run the notebook's first cell", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ALessonWhoseCodeFails_BreaksOnlyItsOwnExercises_WithAMessageThatBlamesTheCourse()
    {
        var broken = new LessonExerciseSet("11-computed", () => throw new TypeInitializationException("Lesson11", new InvalidOperationException("the steady state did not converge")), [], ComputedLesson);
        using var session = CourseSession.Use(SessionWith(Choices(), broken));

        var e = Assert.Throws<LessonSetFaultException>(() => Exercise.Get("11-half"));
        Assert.Contains("The exercises of lesson '11-computed' could not be built", e.Message, StringComparison.Ordinal);
        Assert.Contains("the steady state did not converge", e.Message, StringComparison.Ordinal);
        Assert.Contains("please report it", e.Message, StringComparison.Ordinal);

        Assert.Equal("10-choose", Exercise.Get("10-choose").Id); // the other lesson still works
    }

    [Fact]
    public void ALessonWhoseCodeFailedOnce_IsTriedAgain_TheFailureIsNotCached()
    {
        var calls = 0;
        var flaky = new LessonExerciseSet("11-computed", () => ++calls == 1 ? throw new IOException("disk busy") : new HalfCode(), [], ComputedLesson);
        using var session = CourseSession.Use(SessionWith(flaky));

        Assert.Throws<LessonSetFaultException>(() => Exercise.Get("11-half"));
        Assert.Equal(0.5, ((NumericExercise<double>)Exercise.Get("11-half")).Expected);
    }

    [Fact]
    public void ACatalogThatFailedToBuild_IsBuiltAgainOnTheNextCall()
    {
        var calls = 0;
        using var session = CourseSession.Use(new CourseSession(catalog: () => ++calls == 1 ? throw new IOException("folder busy") : new ExerciseCatalog([Choices()])));

        Assert.Throws<IOException>(() => Exercise.Get("10-choose"));
        Assert.Equal("10-choose", Exercise.Get("10-choose").Id);
    }

    [Theory]
    [InlineData("10-Choose")]
    [InlineData("10-CHOOSE")]
    [InlineData(" 10-choose ")]
    public void ExerciseGet_WrongCase_SaysDidYouMean_WithoutListingEveryId(string asked)
    {
        var many = Enumerable.Range(1, 40).Select(i => new Sample($"n{i}", $"n{i}-exercise-number-{i}")).ToArray<IExerciseSet>();
        using var session = CourseSession.Use(SessionWith([Choices(), .. many]));

        var e = Assert.Throws<InvalidParameterException>(() => Exercise.Get(asked));

        Assert.Contains("Did you mean \"10-choose\"?", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("n17-exercise-number-17", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RecordsInTheCurrentSessionsProgressBook_Only()
    {
        var mine = new ProgressBook(null);
        var exercise = Choices().Exercises[0];
        using (CourseSession.Use(new CourseSession(progress: () => mine)))
        {
            Assert.Same(mine, ProgressBook.Current);
            exercise.Check("A");
        }

        Assert.True(mine["10-choose"].Solved);
        using (CourseSession.Use(new CourseSession()))
        {
            Assert.False(ProgressBook.Current["10-choose"].Solved);
        }
    }

    [Fact]
    public void ContentFacades_ReadTheCurrentSessionsKnowledgeBase()
    {
        var reads = 0;
        using var session = CourseSession.Use(new CourseSession(knowledge: () =>
        {
            reads++;
            return KnowledgeBase.Default;
        }));

        Assert.Equal(KnowledgeBase.Default.Glossary.Count, Glossary.Terms.Count);
        Assert.Equal("hulme2010", References.Reference("hulme2010").Id);
        Assert.Equal(1, reads); // built once, on first use
    }

    [Fact]
    public void WithCatalog_KeepsProgressChartsAndQuantityKinds()
    {
        var first = new CourseSession(progress: () => new ProgressBook(null));
        var second = first.WithCatalog(() => new ExerciseCatalog([Choices()]));

        Assert.Same(first.Progress, second.Progress);
        Assert.Same(first.Charts, second.Charts);
        Assert.Same(first.QuantityKinds, second.QuantityKinds);
        Assert.False(first.HasCatalog);
        Assert.True(second.HasCatalog);
    }

    [Fact]
    public async Task Use_FlowsIntoTasks_AndParallelScopesDoNotMix()
    {
        var a = new CourseSession();
        var b = new CourseSession();

        async Task<CourseSession> CurrentInside(CourseSession session)
        {
            using var scope = CourseSession.Use(session);
            await Task.Yield();
            return await Task.Run(() => CourseSession.Current);
        }

        var seen = await Task.WhenAll(CurrentInside(a), CurrentInside(b));
        Assert.Same(a, seen[0]);
        Assert.Same(b, seen[1]);
    }

    private static CourseSession SessionWith(params IExerciseSet[] sets) => new(catalog: () => new ExerciseCatalog(sets));

    private static LessonExerciseSet Choices() => new("10-choices", (ILessonCode?)null, [], ChoiceLesson);

    private sealed class HalfCode : ILessonCode
    {
        public string Lesson => "11-computed";

        public void Define(LessonValues values) => values.Add("half", () => 0.5);
    }

    private sealed class Sample(string notebook, string id) : IExerciseSet
    {
        public string Notebook => notebook;

        public IReadOnlyList<Exercise> Exercises { get; } =
        [
            new MultipleChoiceExercise
            {
                Id = id,
                Title = "t",
                Prompt = "p",
                Choices = [new Choice("a", true, "x"), new Choice("b", false, "y")],
                ReferenceSolution = "\"A\"",
            },
        ];
    }
}

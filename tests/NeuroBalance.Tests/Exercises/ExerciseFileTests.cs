using NeuroBalance.Content.Loading;
using NeuroBalance.Exercises;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

/// <summary>The exercise file (YAML next to a lesson): schema errors with locations, placeholders, reload on edit.</summary>
public sealed class ExerciseFileTests : IDisposable
{
    private const string Valid = """
        version: 1
        lesson: 09-test-lesson
        exercises:
          - id: 09-ninety
            kind: numeric
            answer: concentration
            expected: ninety
            tolerance: 2%
            title: Ninety percent of {kd}
            prompt: At what concentration is a site with Kd = {kd} 90% occupied?
            hints:
              - Solve θ = [L]/([L] + Kd) for [L].
              - "[L] = 9 × {kdNm:F0} nM."
            solution: var answer = Concentration.FromNanomolar({ninety:nM});
            explanation: "9 × Kd = {ninety}."
            sources: [hulme2010]
            evidence: in-vitro
          - id: 09-predict
            kind: prediction
            answer: number
            expected: half
            tolerance: 0.05
            model: a test model
            title: Predict
            prompt: Predict a half.
            hints: [It is a half.]
            solution: double? prediction = 0.5;
            sources: [hulme2010]
            evidence: model
          - id: 09-choose
            kind: multiple-choice
            title: Choose
            prompt: Which?
            choices:
              - { text: this one, correct: true, why: because }
              - { text: that one, why: "not {{this}} one" }
            hints: [The first.]
            solution: var answer = "A";
            sources: [hulme2010]
            evidence: illustrative
          - id: 09-square
            kind: code
            reference: square
            title: Square
            prompt: Square a number.
            cases:
              - { label: two, args: [2] }
              - { label: the Kd, args: [kdNm], edge: true }
            hints: [Multiply x by itself.]
            solution: "Func<double, double> f = x => x * x;"
            sources: [hulme2010]
            evidence: model
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("nb-exfile-").FullName;
    private double kdNanomolar = 90;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ValidFile_BuildsEveryKind_WithTheLessonsValuesFilledIn()
    {
        var set = SetWith(Valid);

        var exercises = set.Exercises;

        Assert.Equal(["09-ninety", "09-predict", "09-choose", "09-square"], exercises.Select(e => e.Id));
        Assert.Equal(Enum.GetValues<ExerciseKind>().Order(), exercises.Select(e => e.Kind).Order());
        var ninety = Assert.IsType<NumericExercise<Concentration>>(exercises[0]);
        Assert.Equal(810, ninety.Expected.Nanomolar, 9);
        Assert.Equal("Ninety percent of 90 nM", ninety.Title);
        Assert.Equal("[L] = 9 × 90 nM.", ninety.Hints[1]);
        Assert.Equal("var answer = Concentration.FromNanomolar(810 nM);", ninety.ReferenceSolution);
        Assert.Equal(FeedbackStatus.Passed, ninety.Evaluate(Concentration.FromMicromolar(0.81)).Status);
        Assert.Equal(FeedbackStatus.Failed, ninety.Evaluate(Concentration.FromMicromolar(0.9)).Status);
        Assert.Equal("not {this} one", Assert.IsType<MultipleChoiceExercise>(exercises[2]).Choices[1].Explanation);
        Assert.Equal(FeedbackStatus.Passed, exercises[3].Evaluate((Func<double, double>)(x => x * x)).Status);
        Assert.All(exercises, e => Assert.Equal("09-test-lesson", e.Notebook));
        Assert.Equal("Hulme & Trevethick 2010", exercises[0].Sources[0].Label);
    }

    [Fact]
    public void ChangingTheParameter_ChangesExpectedValueHintAndSolutionTogether()
    {
        kdNanomolar = 50;

        var ninety = Assert.IsType<NumericExercise<Concentration>>(SetWith(Valid).Exercises[0]);

        Assert.Equal(450, ninety.Expected.Nanomolar, 9);
        Assert.Equal("[L] = 9 × 50 nM.", ninety.Hints[1]);
        Assert.Contains("450 nM", ninety.SolutionExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void EditingTheFile_IsPickedUpOnTheNextFetch_WithoutANewSet()
    {
        var set = SetWith(Valid);
        Assert.Equal("Solve θ = [L]/([L] + Kd) for [L].", set.Exercises[0].Hints[0]);

        var path = Path.Combine(folder, "exercises.yaml");
        File.WriteAllText(path, Valid.Replace("Solve θ = [L]/([L] + Kd) for [L].", "Start from the mass-action law.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));

        Assert.Equal("Start from the mass-action law.", set.Exercises[0].Hints[0]);
    }

    [Theory]
    [InlineData("hints:", "hint:", "unknown field 'hint' (did you mean 'hints'?)")]
    [InlineData("{kdNm:F0}", "{kdNM:F0}", "the placeholder {kdNM} names no lesson value (did you mean 'kdNm'?)")]
    [InlineData("expected: ninety", "expected: ninty", "no value called 'ninty' (did you mean 'ninety'?)")]
    [InlineData("sources: [hulme2010]\n    evidence: in-vitro", "sources: [hulme2011]\n    evidence: in-vitro", "unknown reference 'hulme2011' (did you mean 'hulme2010'?)")]
    [InlineData("tolerance: 2%", "tolerance: two percent", "'tolerance' must be a percentage such as 3%")]
    [InlineData("kind: code", "kind: coding", "'kind' must be one of numeric, prediction, multiple-choice, code; found 'coding' (did you mean 'code'?)")]
    [InlineData("reference: square", "reference: sqare", "no function called 'sqare' (did you mean 'square'?)")]
    [InlineData("{ text: this one, correct: true, why: because }", "{ text: this one, why: because }", "exactly one choice must have 'correct: true'; found 0")]
    [InlineData("id: 09-predict", "id: 10-predict", "exercise ids of this lesson start with '09-'")]
    public void BrokenFile_NamesFileLineColumnAndTheFix(string find, string replace, string expected)
    {
        var at = Valid.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        var text = string.Concat(Valid.AsSpan(0, at), replace, Valid.AsSpan(at + find.Length));

        var e = Assert.Throws<ContentValidationException>(() => SetWith(text).Exercises);

        var error = Assert.Single(e.Errors, x => x.Message.Contains(expected, StringComparison.Ordinal));
        Assert.EndsWith("exercises.yaml", error.File, StringComparison.Ordinal);
        Assert.True(error.Line > 0 && error.Column > 0, error.ToString());
        var line = text.Split('\n')[error.Line - 1];
        Assert.Contains(replace.Split('\n')[0].Trim().Split(' ')[0].Trim('{', '}', ':'), line, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenLesson_FailsAlone_OtherLessonsStillWork()
    {
        var broken = Directory.CreateDirectory(Path.Combine(folder, "broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "exercises.yaml"), Valid.Replace("lesson: 09-test-lesson", "lesson: 08-broken", StringComparison.Ordinal).Replace("09-", "08-", StringComparison.Ordinal).Replace("hints:", "hint:", StringComparison.Ordinal));
        var catalog = new ExerciseCatalog([SetWith(Valid), new LessonExerciseSet("08-broken", Code(), [Path.Combine(broken, "exercises.yaml")], null)]);

        Assert.Equal("09-ninety", catalog.Get("09-ninety").Id);
        Assert.Throws<ContentValidationException>(() => catalog.Get("08-ninety"));
    }

    [Fact]
    public void UnreadableFile_GetReportsTheYamlError_NotAMissingId()
    {
        var catalog = new ExerciseCatalog([SetWith(Valid.Replace("hints: [It is a half.]", "hints: [It is [a] half.", StringComparison.Ordinal))]);

        var e = Assert.Throws<ContentValidationException>(() => catalog.Get("09-ninety"));

        Assert.Contains("not valid YAML", e.Message, StringComparison.Ordinal);
        Assert.Contains("exercises.yaml:", e.Message, StringComparison.Ordinal);
    }

    private LessonExerciseSet SetWith(string text)
    {
        var path = Path.Combine(folder, "exercises.yaml");
        File.WriteAllText(path, text);
        return new LessonExerciseSet("09-test-lesson", Code(), [path], null);
    }

    private TestLesson Code() => new(kdNanomolar);

    private sealed class TestLesson(double kdNanomolar) : ILessonCode
    {
        public string Lesson => "09-test-lesson";

        public void Define(LessonValues values) => values
            .Add("kd", () => Concentration.FromNanomolar(kdNanomolar))
            .Add("kdNm", () => kdNanomolar)
            .Add("ninety", () => Concentration.FromNanomolar(9 * kdNanomolar))
            .Add("half", () => 0.5)
            .AddFunction("square", (Func<double, double>)(x => x * x));
    }
}

using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

public sealed class HintsAndProgressTests
{
    private readonly ProgressBook book = new(store: null);

    [Fact]
    public void Hint_RevealsOneTierPerCall_AndSaysHowManyRemain()
    {
        var exercise = ExerciseSamples.Concentration2Micromolar();

        var first = exercise.Hint(book);
        var second = exercise.Hint(book);
        var third = exercise.Hint(book);

        Assert.Contains("Hint 1 of 2: first", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("second", first.Text, StringComparison.Ordinal);
        Assert.Contains("1 more hint", first.Text, StringComparison.Ordinal);
        Assert.Contains("Hint 2 of 2: second", second.Text, StringComparison.Ordinal);
        Assert.Contains("That was the last hint", second.Text, StringComparison.Ordinal);
        Assert.Equal(second.Text, third.Text);
    }

    [Fact]
    public void Solution_BeforeTheHints_SaysHowManyRemain_AndHowToSeeItAnyway()
    {
        var exercise = ExerciseSamples.Concentration2Micromolar();
        exercise.Hint(book);

        var note = exercise.Solution(skipRemainingHints: false, book);

        Assert.Contains("1 of 2 hints are still unseen", note.Text, StringComparison.Ordinal);
        Assert.Contains("skipRemainingHints: true", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("FromMicromolar", note.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Solution_AfterAllHints_IsShownInACollapsedBlock()
    {
        var exercise = ExerciseSamples.Concentration2Micromolar();
        exercise.Hint(book);
        exercise.Hint(book);

        var note = exercise.Solution(skipRemainingHints: false, book);

        Assert.Contains("<details><summary>", note.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("Concentration.FromMicromolar(2)", note.ToHtml(), StringComparison.Ordinal);
        Assert.True(book[exercise.Id].SolutionShown);
    }

    [Fact]
    public void Solution_OnceSolved_OrWhenAskedToSkip_IsShown()
    {
        var solved = ExerciseSamples.Concentration2Micromolar();
        solved.Check(Concentration.FromMicromolar(2), book);
        Assert.Contains("<details>", solved.Solution(false, book).ToHtml(), StringComparison.Ordinal);

        var skipped = ExerciseSamples.Square();
        Assert.Contains("<details>", skipped.Solution(true, book).ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CountsAttempts_NotPlaceholders_AndRemembersSolved()
    {
        var exercise = ExerciseSamples.Concentration2Micromolar();

        exercise.Check(null, book);
        exercise.Check(Concentration.FromMicromolar(1), book);
        var passed = exercise.Check(Concentration.FromMicromolar(2), book);
        exercise.Check(Concentration.FromMicromolar(5), book);

        Assert.Equal(new ExerciseRecord(3, true, 0, false), book[exercise.Id]);
        Assert.Equal(FeedbackStatus.Passed, passed.Status);
    }

    [Fact]
    public void Check_Failed_PointsToTheNextHint()
    {
        var exercise = ExerciseSamples.Concentration2Micromolar();

        var feedback = exercise.Check(Concentration.FromMicromolar(1), book);

        Assert.Contains("reveals hint 1 of 2", feedback.NextStep, StringComparison.Ordinal);
        Assert.Contains("Exercise.Get(\"test-two-micromolar\")", feedback.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_CountsSolvedOfTotal()
    {
        var a = ExerciseSamples.Half();
        var b = ExerciseSamples.Colours();
        var c = ExerciseSamples.Square();
        a.Check(0.5, book);
        b.Check("A", book);

        var summary = book.Summarize("T1", [a, b, c]);

        Assert.Equal("T1: 1 of 3 exercises solved", summary.Headline);
        Assert.Equal(["✔ solved", "… 1 attempt, not solved yet", "○ not yet attempted"], summary.Rows.Select(r => r.State));
        Assert.Contains("saving is off", summary.ToString(), StringComparison.Ordinal);
    }
}

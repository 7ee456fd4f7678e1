using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

public sealed class ProgressStoreTests
{
    [Fact]
    public void SaveThenLoad_RoundTripsEveryField()
    {
        using var file = new TempProgressFile();
        var store = new ProgressStore(file.Path);
        var records = new Dictionary<string, ExerciseRecord> { ["a4-x"] = new(3, true, 2, true), ["a4-y"] = new(1, false, 0, false) };

        Assert.Null(store.Save(records));
        var (loaded, warning) = new ProgressStore(file.Path).Load();

        Assert.Null(warning);
        Assert.Equal(records, loaded);
    }

    [Fact]
    public void Load_NoFile_IsEmptyWithoutWarning()
    {
        using var file = new TempProgressFile();
        var (loaded, warning) = new ProgressStore(file.Path).Load();

        Assert.Empty(loaded);
        Assert.Null(warning);
    }

    public static TheoryData<string> CorruptContents => new()
    {
        "{ not json",
        "[]",
        "{\"format\":\"something-else\",\"version\":1,\"exercises\":{}}",
        "{\"format\":\"neurobalance-progress\",\"version\":99,\"exercises\":{}}",
        "{\"format\":\"neurobalance-progress\",\"version\":1,\"exercises\":{\"a\":{\"attempts\":\"many\"}}}",
        "{\"format\":\"neurobalance-progress\",\"version\":1,\"exercises\":{\"a\":{\"attempts\":-1,\"solved\":true,\"hintsRevealed\":0,\"solutionShown\":false}}}",
        "{\"format\":\"neurobalance-progress\",\"version\":1}",
    };

    [Theory]
    [MemberData(nameof(CorruptContents))]
    public void CorruptFile_IsReportedIgnoredAndKeptAside_ThenANewFileIsWritten(string content)
    {
        // Given a corrupt progress file
        using var file = new TempProgressFile();
        File.WriteAllText(file.Path, content);

        // When a book loads it and records an attempt
        var book = new ProgressBook(new ProgressStore(file.Path));
        var exercise = ExerciseSamples.Half();
        var feedback = exercise.Check(0.5, book);

        // Then the problem is reported once (in the feedback and the book), the lesson goes on,
        Assert.Contains("could not be read", book.Warning, StringComparison.Ordinal);
        Assert.Contains(file.Path, feedback.Notice, StringComparison.Ordinal);
        Assert.Equal(FeedbackStatus.Passed, feedback.Status);
        Assert.Empty(exercise.Check(0.5, book).Notice);

        // and the unreadable file is kept aside while a good one replaces it
        Assert.Equal(content, File.ReadAllText(file.Path + ".corrupt"));
        var (reloaded, warning) = new ProgressStore(file.Path).Load();
        Assert.Null(warning);
        Assert.True(reloaded["test-half"].Solved);
    }

    [Fact]
    public void Save_MergesWithWhatAnotherKernelSaved()
    {
        using var file = new TempProgressFile();
        var first = new ProgressBook(new ProgressStore(file.Path));
        var second = new ProgressBook(new ProgressStore(file.Path));

        ExerciseSamples.Half().Check(0.5, first);
        ExerciseSamples.Colours().Check("C", second);

        var (saved, _) = new ProgressStore(file.Path).Load();
        Assert.True(saved["test-half"].Solved);
        Assert.Equal(1, saved["test-choice"].Attempts);
    }

    [Fact]
    public void Save_UnwritableLocation_IsAWarningNotAnException()
    {
        using var file = new TempProgressFile();
        File.WriteAllText(file.Path + ".blocker", "x");
        var book = new ProgressBook(new ProgressStore(Path.Combine(file.Path + ".blocker", "progress.json")));

        var feedback = ExerciseSamples.Half().Check(0.5, book);

        Assert.Equal(FeedbackStatus.Passed, feedback.Status);
        Assert.Contains("could not be saved", feedback.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_UsesTheVariable_OrTurnsSavingOff()
    {
        var before = Environment.GetEnvironmentVariable(ProgressStore.FileVariable);
        try
        {
            using var file = new TempProgressFile();
            Environment.SetEnvironmentVariable(ProgressStore.FileVariable, file.Path);
            Assert.Equal(file.Path, ProgressStore.FromEnvironment()!.Path);

            Environment.SetEnvironmentVariable(ProgressStore.FileVariable, "OFF");
            Assert.Null(ProgressStore.FromEnvironment());

            Environment.SetEnvironmentVariable(ProgressStore.FileVariable, null);
            Assert.Equal(ProgressStore.DefaultPath, ProgressStore.FromEnvironment()!.Path);
            Assert.EndsWith(Path.Combine("NeuroBalance", "progress.json"), ProgressStore.DefaultPath, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ProgressStore.FileVariable, before);
        }
    }
}

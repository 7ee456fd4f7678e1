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
    public void OversizeFile_IsNotRead_TheLessonGoesOn_AndItIsMovedAside()
    {
        // Given a progress file far larger than any real one (it once threw OutOfMemoryException)
        using var file = new TempProgressFile();
        var huge = ProgressStore.MaxFileBytes + 1024;
        using (var stream = File.Create(file.Path))
        {
            stream.SetLength(huge);
        }

        // When a book loads it and the learner checks twice
        var book = new ProgressBook(new ProgressStore(file.Path));
        var first = ExerciseSamples.Half().Check(0.5, book);
        var second = ExerciseSamples.Half().Check(0.5, book);

        // Then it is one notice, the checks work, and a good file replaces the huge one (kept aside)
        Assert.Contains("larger than any progress file can be", first.Notice, StringComparison.Ordinal);
        Assert.Empty(second.Notice);
        Assert.Equal(FeedbackStatus.Passed, second.Status);
        Assert.Equal(huge, new FileInfo(file.Path + ".corrupt").Length);
        Assert.True(new FileInfo(file.Path).Length < 10_000);
        Assert.True(new ProgressStore(file.Path).Load().Records["test-half"].Solved);
    }

    [Fact]
    public void FolderInPlaceOfTheFile_GivesOneNotice_AndLeavesNoFilesBehind()
    {
        using var file = new TempProgressFile();
        Directory.CreateDirectory(file.Path);
        var book = new ProgressBook(new ProgressStore(file.Path));

        var notices = Enumerable.Range(0, 4).Select(_ => ExerciseSamples.Half().Check(0.5, book).Notice).ToArray();

        Assert.Contains("is a folder, not a file", notices[0], StringComparison.Ordinal);
        Assert.All(notices.Skip(1), Assert.Empty);
        Assert.Contains("is a folder", book.Summarize("n", [ExerciseSamples.Half()]).Warning, StringComparison.Ordinal);
        Assert.Equal([file.Path], Directory.GetFileSystemEntries(Path.GetDirectoryName(file.Path)!));
        Assert.Empty(Directory.GetFileSystemEntries(file.Path));
    }

    [Fact]
    public void SymbolicLink_IsKept_AndTheFileItPointsToIsUpdated()
    {
        using var file = new TempProgressFile();
        var realFolder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(file.Path)!, "synced")).FullName;
        var real = Path.Combine(realFolder, "progress.json");
        Assert.Null(new ProgressStore(real).Save(new Dictionary<string, ExerciseRecord> { ["a4-x"] = new(1, false, 0, false) }));
        File.CreateSymbolicLink(file.Path, Path.Combine("synced", "progress.json")); // a relative link, as users make them

        var book = new ProgressBook(new ProgressStore(file.Path));
        ExerciseSamples.Half().Check(0.5, book);

        Assert.NotNull(new FileInfo(file.Path).LinkTarget);
        var saved = new ProgressStore(real).Load().Records;
        Assert.True(saved["test-half"].Solved);
        Assert.Equal(1, saved["a4-x"].Attempts);
        Assert.Equal(["progress.json", "progress.json.lock"], Directory.GetFiles(realFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FileMode_IsKept()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only");
            return;
        }

        using var file = new TempProgressFile();
        var store = new ProgressStore(file.Path);
        Assert.Null(store.Save(new Dictionary<string, ExerciseRecord> { ["a4-x"] = new(1, false, 0, false) }));
        const UnixFileMode privateToOwner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(file.Path, privateToOwner);

        Assert.Null(store.Save(new Dictionary<string, ExerciseRecord> { ["a4-y"] = new(1, true, 0, false) }));

        Assert.Equal(privateToOwner, File.GetUnixFileMode(file.Path));
        Assert.Equal(2, store.Load().Records.Count);
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

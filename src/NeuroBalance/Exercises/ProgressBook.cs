namespace NeuroBalance.Exercises;

/// <summary>
/// Remembers, for the current kernel session, each exercise's attempts, whether it is solved, and
/// how many hints were revealed; optionally saved through a <see cref="ProgressStore"/>. Thread-safe.
/// </summary>
/// <remarks>
/// The book never throws because of its file: an unreadable or unwritable file becomes a notice,
/// shown once in the next feedback (the same problem again is not repeated) and in every progress
/// summary, and the lesson goes on.
/// </remarks>
public sealed class ProgressBook
{
    private readonly object gate = new();
    private readonly Dictionary<string, ExerciseRecord> records;
    private string? pendingNotice;

    /// <summary>Creates a book, loading what the store has saved.</summary>
    /// <param name="store">Where to save; null keeps progress in memory only.</param>
    public ProgressBook(ProgressStore? store)
    {
        Store = store;
        if (store is null)
        {
            records = new Dictionary<string, ExerciseRecord>(StringComparer.Ordinal);
            return;
        }

        var (saved, warning) = store.Load();
        records = new Dictionary<string, ExerciseRecord>(saved, StringComparer.Ordinal);
        Warning = warning;
        pendingNotice = warning;
    }

    /// <summary>Gets the book of the current session (<see cref="Hosting.CourseSession.Progress"/>), which notebooks use.</summary>
    public static ProgressBook Current => Hosting.CourseSession.Current.Progress;

    /// <summary>Gets the store, or null when progress is kept in memory only.</summary>
    public ProgressStore? Store { get; }

    /// <summary>Gets the latest problem with the progress file, or null.</summary>
    public string? Warning { get; private set; }

    /// <summary>Gets the record of one exercise (empty if never touched).</summary>
    /// <param name="exerciseId">The exercise's id.</param>
    /// <returns>The record.</returns>
    public ExerciseRecord this[string exerciseId]
    {
        get
        {
            lock (gate)
            {
                return records.GetValueOrDefault(exerciseId) ?? ExerciseRecord.Empty;
            }
        }
    }

    /// <summary>Summarises progress over a notebook's exercises.</summary>
    /// <param name="notebook">The notebook's name.</param>
    /// <param name="exercises">Its exercises.</param>
    /// <returns>The summary.</returns>
    public ProgressSummary Summarize(string notebook, IReadOnlyList<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        var rows = exercises.Select(e => new ProgressRow(e.Id, e.Title, e.Kind, this[e.Id], e.Hints.Count)).ToArray();
        lock (gate)
        {
            pendingNotice = null;
            return new ProgressSummary(notebook, rows, Store?.Path, Warning);
        }
    }

    internal ExerciseRecord RecordAttempt(string exerciseId, FeedbackStatus status) =>
        Update(exerciseId, r => status == FeedbackStatus.NotAttempted
            ? r
            : r with { Attempts = r.Attempts + 1, Solved = r.Solved || status == FeedbackStatus.Passed });

    internal int RevealHint(string exerciseId, int hintCount) =>
        Update(exerciseId, r => r with { HintsRevealed = Math.Min(hintCount, r.HintsRevealed + 1) }).HintsRevealed;

    internal void MarkSolutionShown(string exerciseId) => Update(exerciseId, r => r with { SolutionShown = true });

    /// <summary>Returns the pending notice about the progress file once, then empty.</summary>
    internal string TakeNotice()
    {
        lock (gate)
        {
            var notice = pendingNotice ?? string.Empty;
            pendingNotice = null;
            return notice;
        }
    }

    private ExerciseRecord Update(string exerciseId, Func<ExerciseRecord, ExerciseRecord> change)
    {
        lock (gate)
        {
            var before = records.GetValueOrDefault(exerciseId) ?? ExerciseRecord.Empty;
            var after = change(before);
            if (after == before)
            {
                return after;
            }

            records[exerciseId] = after;
            if (Store?.Save(records) is { } problem && problem != Warning)
            {
                // One notice per problem, not one per check: the same failure again stays quiet.
                Warning = problem;
                pendingNotice = problem;
            }

            return after;
        }
    }
}

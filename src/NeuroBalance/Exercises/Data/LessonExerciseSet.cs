using NeuroBalance.Content;

namespace NeuroBalance.Exercises;

/// <summary>
/// The exercises of one lesson, read from its exercise file (<c>exercises.yaml</c> in the lesson's
/// folder) and completed with the values of its <see cref="ILessonCode"/>. The file is read again
/// when it changes on disk, so an instructor's edit to a wording, hint or tolerance shows up the next
/// time the exercise is fetched, without compiling anything.
/// </summary>
public sealed class LessonExerciseSet : IExerciseSet
{
    private readonly IReadOnlyList<string> candidates;
    private readonly string? fallbackText;
    private readonly Lazy<LessonValues> values;
    private readonly Func<KnowledgeBase> knowledge;
    private readonly Lock gate = new();
    private (string Path, DateTime Written, IReadOnlyList<Exercise> Exercises)? loaded;
    private (string Path, DateTime Written, IReadOnlyList<string> Ids)? declared;

    /// <summary>Initializes the set.</summary>
    /// <param name="lesson">The lesson's file name without extension.</param>
    /// <param name="code">The lesson's code, or null when its exercises need no computed values.</param>
    /// <param name="candidatePaths">Where the exercise file may be, first match wins (e.g. the lesson folder next to the running notebook, then the course's source folder).</param>
    /// <param name="fallbackText">The file's text as it was at build time, used when no candidate exists; may be null.</param>
    /// <param name="knowledge">The knowledge base whose references the file cites; default: the current session's (<see cref="Hosting.CourseSession.Knowledge"/>).</param>
    public LessonExerciseSet(string lesson, ILessonCode? code, IReadOnlyList<string> candidatePaths, string? fallbackText, Func<KnowledgeBase>? knowledge = null)
        : this(lesson, () => code, candidatePaths, fallbackText, knowledge)
    {
    }

    /// <summary>Initializes the set with lesson code that is created only when its exercises are first built,
    /// so that code which fails to start (e.g. a static initialiser that throws) breaks this lesson alone.</summary>
    /// <param name="lesson">The lesson's file name without extension.</param>
    /// <param name="code">Creates the lesson's code (null when its exercises need no computed values); called on first use.</param>
    /// <param name="candidatePaths">Where the exercise file may be, first match wins.</param>
    /// <param name="fallbackText">The file's text as it was at build time, used when no candidate exists; may be null.</param>
    /// <param name="knowledge">The knowledge base whose references the file cites; default: the current session's (<see cref="Hosting.CourseSession.Knowledge"/>).</param>
    public LessonExerciseSet(string lesson, Func<ILessonCode?> code, IReadOnlyList<string> candidatePaths, string? fallbackText, Func<KnowledgeBase>? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        Notebook = Internal.Preconditions.CheckNotBlank(nameof(lesson), lesson);
        candidates = Internal.Preconditions.CheckNotNull(nameof(candidatePaths), candidatePaths).ToArray();
        this.fallbackText = fallbackText;
        this.knowledge = knowledge ?? (() => Hosting.CourseSession.Current.Knowledge);
        values = new Lazy<LessonValues>(
            () =>
            {
                var v = new LessonValues();
                code()?.Define(v);
                return v;
            },
            LazyThreadSafetyMode.PublicationOnly); // a failure is not remembered: the next Exercise.Get tries again
    }

    /// <inheritdoc />
    public string Notebook { get; }

    /// <summary>Gets the file the exercises were last read from, or <c>(built in)</c>.</summary>
    public string Source => candidates.FirstOrDefault(File.Exists) ?? "(built in)";

    /// <inheritdoc />
    public IReadOnlyList<Exercise> Exercises
    {
        get
        {
            lock (gate)
            {
                var path = candidates.FirstOrDefault(File.Exists);
                var written = path is null ? DateTime.MinValue : File.GetLastWriteTimeUtc(path);
                if (loaded is { } l && l.Path == (path ?? string.Empty) && l.Written == written)
                {
                    return l.Exercises;
                }

                var text = path is null ? fallbackText : File.ReadAllText(path);
                if (text is null)
                {
                    throw new InvalidParameterException(
                        $"The exercise file of lesson '{Notebook}' was not found; looked in: {string.Join(", ", candidates)}.", "lesson");
                }

                var exercises = ExerciseFileReader.Read(path ?? $"{Notebook}/exercises.yaml", text, Notebook, LessonValues(), knowledge());
                loaded = (path ?? string.Empty, written, exercises);
                return exercises;
            }
        }
    }

    /// <summary>Gets the ids the exercise file declares, read without building the exercises.</summary>
    public IReadOnlyList<string> DeclaredIds
    {
        get
        {
            // Exercise.Get asks every lesson for its ids: parse a file again only when it has changed.
            lock (gate)
            {
                var path = candidates.FirstOrDefault(File.Exists);
                var written = path is null ? DateTime.MinValue : File.GetLastWriteTimeUtc(path);
                if (declared is { } d && d.Path == (path ?? string.Empty) && d.Written == written)
                {
                    return d.Ids;
                }

                var text = path is null ? fallbackText : File.ReadAllText(path);
                var ids = text is null ? [] : ExerciseFileReader.DeclaredIds(text);
                declared = (path ?? string.Empty, written, ids);
                return ids;
            }
        }
    }

    /// <summary>The values of the lesson's code; a failure in that code is reported as this lesson's, never a learner's.</summary>
    private LessonValues LessonValues()
    {
        try
        {
            return values.Value;
        }
        catch (Exception e) when (e is not (Content.Loading.ContentValidationException or LessonSetFaultException))
        {
            var cause = e is TypeInitializationException { InnerException: { } inner } ? inner : e;
            throw new LessonSetFaultException(Notebook, cause);
        }
    }

    /// <inheritdoc />
    public bool Declares(string id) => DeclaredIds.Contains(id, StringComparer.Ordinal);
}

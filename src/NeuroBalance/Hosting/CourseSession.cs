using NeuroBalance.Charts;
using NeuroBalance.Content;
using NeuroBalance.Exercises;

namespace NeuroBalance.Hosting;

/// <summary>
/// Everything one kernel (one learner's notebook session) keeps while it runs: the exercise catalog,
/// the progress book, how charts carry plotly.js, the registered quantity kinds and the knowledge base.
/// The learner-facing statics (<see cref="Exercise.Get"/>, <see cref="References.Cite"/>,
/// <see cref="PlotlyDelivery.Mode"/>, <see cref="QuantityKinds.Register{T}"/>, …) are thin facades over
/// <see cref="Current"/>.
/// </summary>
/// <remarks>
/// <para><b>Where the current session comes from.</b> A kernel has one session: created on first use
/// (progress file from <see cref="ProgressStore.FromEnvironment"/>, no exercises) and completed by the
/// notebook's first cell, <c>CourseLessons.Load()</c>, which calls <see cref="Install"/>. That process-wide
/// slot is the library's single kernel edge. Tests and other hosts never touch it: they build their own
/// session and make it current for a block of code with <see cref="Use"/> (an <see cref="AsyncLocal{T}"/>
/// scope, so parallel tests do not see each other's sessions).</para>
/// <para><b>Failures stay local.</b> The catalog and the progress book are built on first use; a failure
/// is not cached (the next call tries again), and one lesson whose exercises cannot be built fails only
/// that lesson's <see cref="Exercise.Get"/>.</para>
/// </remarks>
public sealed class CourseSession
{
    private static readonly AsyncLocal<CourseSession?> Scoped = new();
    private static CourseSession? kernel;

    private readonly Lazy<ExerciseCatalog>? catalog;
    private readonly Lazy<ProgressBook> progress;
    private readonly Lazy<KnowledgeBase> knowledge;

    /// <summary>Creates a session.</summary>
    /// <param name="catalog">Builds the exercise catalog on first use; null for a session without exercises.</param>
    /// <param name="progress">Builds the progress book on first use; default: in memory only (nothing saved).</param>
    /// <param name="knowledge">Gives the knowledge base; default: <see cref="KnowledgeBase.Default"/>, the one built into the library.</param>
    /// <param name="charts">How charts carry plotly.js; default: a new <see cref="ChartDelivery"/> (every chart carries it).</param>
    /// <param name="quantityKinds">The quantity kinds exercises accept; default: a new registry with the built-in kinds.</param>
    public CourseSession(
        Func<ExerciseCatalog>? catalog = null,
        Func<ProgressBook>? progress = null,
        Func<KnowledgeBase>? knowledge = null,
        ChartDelivery? charts = null,
        QuantityKindRegistry? quantityKinds = null)
        : this(
            catalog is null ? null : Retrying(catalog),
            Retrying(progress ?? (() => new ProgressBook(null))),
            Retrying(knowledge ?? (() => KnowledgeBase.Default)),
            charts ?? new ChartDelivery(),
            quantityKinds ?? new QuantityKindRegistry())
    {
    }

    private CourseSession(Lazy<ExerciseCatalog>? catalog, Lazy<ProgressBook> progress, Lazy<KnowledgeBase> knowledge, ChartDelivery charts, QuantityKindRegistry quantityKinds, bool notebookKernel = false)
    {
        IsNotebookKernel = notebookKernel;
        this.catalog = catalog;
        this.progress = progress;
        this.knowledge = knowledge;
        Charts = charts;
        QuantityKinds = quantityKinds;
    }

    /// <summary>Gets the session of the code running now: the one made current by <see cref="Use"/>, else the kernel's.</summary>
    public static CourseSession Current => Scoped.Value ?? Volatile.Read(ref kernel) ?? InstallFirst();

    /// <summary>Gets the exercise catalog, built on first use.</summary>
    /// <exception cref="InvalidOperationException">The session has no exercises (the notebook's first cell has not run); the message says what to run.</exception>
    public ExerciseCatalog Catalog => catalog?.Value
        ?? throw new InvalidOperationException("No course exercises are loaded. Run the notebook's first cell (it loads NeuroBalance.Lessons.dll and calls NeuroBalance.Lessons.CourseLessons.Load()), then run this cell again.");

    /// <summary>Gets whether the session has an exercise catalog.</summary>
    public bool HasCatalog => catalog is not null;

    /// <summary>Gets the progress book, created on first use.</summary>
    public ProgressBook Progress => progress.Value;

    /// <summary>Gets the knowledge base the content facades read.</summary>
    public KnowledgeBase Knowledge => knowledge.Value;

    /// <summary>Gets how charts shown in this session carry plotly.js.</summary>
    public ChartDelivery Charts { get; }

    /// <summary>Gets whether this session runs in a notebook kernel, where a learner reads errors: the library's
    /// exceptions then describe themselves without a stack trace (everywhere else they keep it).</summary>
    public bool IsNotebookKernel { get; }

    /// <summary>Gets the quantity kinds exercises accept in this session.</summary>
    public QuantityKindRegistry QuantityKinds { get; }

    /// <summary>Creates the session a kernel starts with: progress saved where the environment says, no exercises yet.</summary>
    /// <returns>The session.</returns>
    public static CourseSession FromEnvironment() => new(progress: () => new ProgressBook(ProgressStore.FromEnvironment()));

    /// <summary>Returns a copy with another exercise catalog, sharing everything else (progress, charts, kinds, knowledge).</summary>
    /// <param name="catalog">Builds the catalog on first use.</param>
    /// <returns>The new session.</returns>
    public CourseSession WithCatalog(Func<ExerciseCatalog> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new CourseSession(Retrying(catalog), progress, knowledge, Charts, QuantityKinds, IsNotebookKernel);
    }

    /// <summary>Returns a copy marked as a notebook kernel's session (see <see cref="IsNotebookKernel"/>), sharing everything else.</summary>
    /// <returns>The new session.</returns>
    public CourseSession AsNotebookKernel() => new(catalog, progress, knowledge, Charts, QuantityKinds, notebookKernel: true);

    /// <summary>
    /// Changes the kernel's session: the one edge where the library keeps process-wide state. Called by
    /// <c>CourseLessons.Load()</c> in a notebook's first cell; tests use <see cref="Use"/> instead.
    /// </summary>
    /// <param name="change">Makes the new session from the current kernel session (e.g. <c>s =&gt; s.WithCatalog(…)</c>).</param>
    /// <returns>The installed session.</returns>
    public static CourseSession Install(Func<CourseSession, CourseSession> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            var before = Volatile.Read(ref kernel) ?? InstallFirst();
            var after = change(before) ?? throw new InvalidOperationException("The session change returned null.");
            if (Interlocked.CompareExchange(ref kernel, after, before) == before)
            {
                return after;
            }
        }
    }

    /// <summary>Makes a session current for the calling code and the tasks it starts, until the scope is disposed.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The scope; disposing it restores the previous session.</returns>
    public static IDisposable Use(CourseSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var previous = Scoped.Value;
        Scoped.Value = session;
        return new Scope(previous);
    }

    private static CourseSession InstallFirst()
    {
        Interlocked.CompareExchange(ref kernel, FromEnvironment(), null);
        return Volatile.Read(ref kernel)!;
    }

    /// <summary>A lazy value that does not remember a failure: the next use tries again.</summary>
    private static Lazy<T> Retrying<T>(Func<T> factory) => new(factory, LazyThreadSafetyMode.PublicationOnly);

    private sealed class Scope(CourseSession? previous) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                Scoped.Value = previous;
            }
        }
    }
}

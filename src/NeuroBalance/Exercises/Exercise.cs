using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Internal;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises;

/// <summary>
/// An auto-checked exercise: a question, tiered hints, a reference solution revealed last, and a
/// checker that answers every attempt with formatted feedback.
/// </summary>
/// <remarks>
/// <para>A notebook cell gets an exercise by id, answers inside a solution region and checks:</para>
/// <code>
/// var ex = Exercise.Get("09-my-topic-ninety");
/// // BEGIN SOLUTION
/// var answer = Concentration.FromNanomolar(810);
/// // STUDENT PLACEHOLDER
/// // Concentration? answer = null; // ✏️ replace null with your answer
/// // END SOLUTION
/// ex.Check(answer)
/// </code>
/// <para><b>Hints and solution.</b> <see cref="Hint()"/> reveals one more hint per call. <see cref="Solution(bool)"/>
/// shows the reference solution, in a collapsed block, once every hint has been seen or the exercise is
/// solved; before that it says how many hints remain and how to see the solution anyway
/// (<c>Solution(skipRemainingHints: true)</c>): the solution comes last, but nobody is locked out.</para>
/// <para><b>Learner mistakes never throw.</b> A missing answer, a value of the wrong type, an exception,
/// an endless loop or NaN in the learner's code are reported in the feedback, and the kernel keeps working.</para>
/// <para>A checker that fails (a bug in the exercise, not the answer) gives <see cref="FeedbackStatus.CheckerFault"/>,
/// which asks the learner to report it and is not counted as an attempt.</para>
/// <para>This type is the exercise's <b>definition</b> (what is asked, and the kind's pure check, <see cref="Evaluate"/>).
/// Running a check safely is <see cref="ExerciseChecker"/>'s job; recording attempts, hints and the solution in the
/// session's progress book is <see cref="ExerciseCoach"/>'s; the HTML is <see cref="ExerciseCardHtml"/>'s and its
/// siblings in <c>Exercises/Display</c>. Exercises come from each lesson's exercise file through the session's
/// catalog (<see cref="Hosting.CourseSession.Catalog"/>); ids are unique across the course.</para>
/// </remarks>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public abstract partial class Exercise
{
    private string id = string.Empty;
    private string title = string.Empty;
    private string prompt = string.Empty;
    private string referenceSolution = string.Empty;
    private IReadOnlyList<string> hints = [];
    private IReadOnlyList<Citation> sources = [];
    private string solutionExplanation = string.Empty;
    private EvidenceLevel evidence = EvidenceLevel.Illustrative;

    /// <summary>Gets the id: lowercase words joined by hyphens, starting with the notebook's prefix, e.g. <c>09-my-topic-ninety</c>.</summary>
    /// <exception cref="InvalidParameterException">On init: the id is not lowercase-kebab-case.</exception>
    public string Id
    {
        get => id;
        init => id = CheckId(value);
    }

    /// <summary>Gets the title shown above the question and in the feedback.</summary>
    public string Title { get => title; init => title = Preconditions.CheckNotBlank(nameof(Title), value); }

    /// <summary>Gets the question, in plain text with <c>`code`</c> and <c>**bold**</c> marks.</summary>
    public string Prompt { get => prompt; init => prompt = Preconditions.CheckNotBlank(nameof(Prompt), value); }

    /// <summary>Gets the reference solution: the code (or text) a learner would write in the solution region.</summary>
    public string ReferenceSolution { get => referenceSolution; init => referenceSolution = Preconditions.CheckNotBlank(nameof(ReferenceSolution), value); }

    /// <summary>Gets why the reference solution is right, shown with it; may be empty.</summary>
    public string SolutionExplanation { get => solutionExplanation; init => solutionExplanation = value ?? string.Empty; }

    /// <summary>Gets the hints, from the gentlest to the most explicit.</summary>
    /// <exception cref="InvalidParameterException">On init: a hint is blank.</exception>
    public IReadOnlyList<string> Hints
    {
        get => hints;
        init => hints = CheckHints(value);
    }

    /// <summary>Gets the published sources of the science in the question.</summary>
    public IReadOnlyList<Citation> Sources { get => sources; init => sources = Preconditions.CheckNotNull(nameof(Sources), value).ToArray(); }

    /// <summary>Gets the evidence level of the science in the question. Default: <see cref="EvidenceLevel.Illustrative"/>.</summary>
    public EvidenceLevel Evidence { get => evidence; init => evidence = value; }

    /// <summary>Gets the notebook whose set defines this exercise (file name without <c>.dib</c>); set by the catalog.</summary>
    public string Notebook { get; internal set; } = string.Empty;

    /// <summary>Gets the kind of exercise.</summary>
    public abstract ExerciseKind Kind { get; }

    /// <summary>Gets how to write the answer, shown on the exercise card, e.g. "a Concentration such as `Concentration.FromMicromolar(2)`".</summary>
    public abstract string HowToAnswer { get; }

    /// <summary>Gets the exercise with this id from the course catalog.</summary>
    /// <param name="id">The id, e.g. <c>"09-my-topic-ninety"</c>.</param>
    /// <returns>The exercise.</returns>
    /// <exception cref="InvalidParameterException">No exercise has this id; the message suggests the closest id ("did you mean").</exception>
    /// <exception cref="LessonSetFaultException">The lesson's own code failed, so its exercises cannot be built (other lessons are not affected).</exception>
    public static Exercise Get(string id) => Hosting.CourseSession.Current.Catalog.Get(id);

    /// <summary>Summarises progress in one notebook: n of m exercises solved, attempts and hints used.</summary>
    /// <param name="notebook">The notebook's file name without <c>.dib</c>, e.g. <c>"09-my-topic"</c>.</param>
    /// <returns>The summary, shown as a table in a notebook.</returns>
    /// <exception cref="InvalidParameterException">No exercise set belongs to this notebook.</exception>
    public static ProgressSummary Progress(string notebook) =>
        Hosting.CourseSession.Current.Progress.Summarize(notebook, Hosting.CourseSession.Current.Catalog.ForNotebook(notebook));

    /// <summary>Checks an answer without recording anything: a pure function of the answer.</summary>
    /// <param name="answer">The learner's answer; null means not yet attempted.</param>
    /// <returns>The feedback.</returns>
    public abstract Feedback Evaluate(object? answer);

    /// <summary>Checks an answer, records the attempt in the progress book, and returns feedback for the cell output.</summary>
    /// <param name="answer">The learner's answer; null means not yet attempted.</param>
    /// <returns>The feedback. Never throws for a learner's mistake.</returns>
    public Feedback Check(object? answer) => Check(answer, Hosting.CourseSession.Current.Progress);

    /// <summary>Reveals the next hint (and repeats the earlier ones).</summary>
    /// <returns>The hints seen so far, the newest last, and how many remain.</returns>
    public ExerciseNote Hint() => Hint(Hosting.CourseSession.Current.Progress);

    /// <summary>Shows the reference solution in a collapsed block, once the hints have been seen or the exercise is solved.</summary>
    /// <param name="skipRemainingHints">True to see it now even though hints remain.</param>
    /// <returns>The solution, or a note saying how many hints remain and how to see it anyway.</returns>
    public ExerciseNote Solution(bool skipRemainingHints = false) => Solution(skipRemainingHints, Hosting.CourseSession.Current.Progress);

    /// <summary>Describes the exercise as text: id, kind and title.</summary>
    /// <returns>For example "09-my-topic-ninety (Numeric answer): …".</returns>
    public override string ToString() => $"{Id} ({KindLabel(Kind)}): {Title}{Environment.NewLine}{Prompt}";

    /// <summary>The label learners read for a kind, e.g. "Predict, then run".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label.</returns>
    public static string KindLabel(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Numeric => "Numeric answer",
        ExerciseKind.Code => "Code answer",
        ExerciseKind.MultipleChoice => "Multiple choice",
        _ => "Predict, then run",
    };

    internal Feedback Check(object? answer, ProgressBook book) => ExerciseCoach.Check(this, answer, book);

    internal ExerciseNote Hint(ProgressBook book) => ExerciseCoach.Hint(this, book);

    internal ExerciseNote Solution(bool skipRemainingHints, ProgressBook book) => ExerciseCoach.Solution(this, skipRemainingHints, book);

    /// <summary>Creates feedback for this exercise.</summary>
    /// <param name="status">The outcome.</param>
    /// <param name="summary">What happened.</param>
    /// <returns>The feedback, to be completed with <c>with { Criteria = … }</c>.</returns>
    protected Feedback Feedback(FeedbackStatus status, string summary) => new(Id, Title, status, summary);

    /// <summary>The feedback for an answer that is still the placeholder.</summary>
    /// <param name="what">What to do, e.g. "Replace `null` with your answer".</param>
    /// <returns>Not-attempted feedback.</returns>
    protected Feedback NotAttempted(string what) =>
        Feedback(FeedbackStatus.NotAttempted, $"This exercise has no answer yet. {what}, then run the cell again.");

    /// <summary>Sets the parts every kind shares, for exercises read from an exercise file.</summary>
    internal void Define(string id, string title, string prompt, string solution, string explanation, IReadOnlyList<string> hints, IReadOnlyList<Citation> sources, EvidenceLevel evidence)
    {
        this.id = CheckId(id);
        this.title = Preconditions.CheckNotBlank(nameof(Title), title);
        this.prompt = Preconditions.CheckNotBlank(nameof(Prompt), prompt);
        referenceSolution = Preconditions.CheckNotBlank(nameof(ReferenceSolution), solution);
        solutionExplanation = explanation ?? string.Empty;
        this.hints = CheckHints(hints);
        this.sources = Preconditions.CheckNotNull(nameof(Sources), sources).ToArray();
        this.evidence = evidence;
    }

    private static string CheckId(string? value) => IdPattern().IsMatch(value ?? string.Empty)
        ? value!
        : throw new InvalidParameterException($"Id must be lowercase words joined by hyphens, like \"09-my-topic-ninety\", but was \"{value}\".", nameof(Id));

    private static IReadOnlyList<string> CheckHints(IReadOnlyList<string>? value) => value?.All(h => !string.IsNullOrWhiteSpace(h)) == true
        ? value.ToArray()
        : throw new InvalidParameterException("Hints must not be null or contain a blank hint.", nameof(Hints));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;
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
/// <para>Exercises are defined in the library (<c>Exercises/Catalog</c>, one <see cref="IExerciseSet"/>
/// per notebook); ids are unique across the course.</para>
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
    /// <exception cref="InvalidParameterException">No exercise has this id; the message lists the known ids.</exception>
    public static Exercise Get(string id) => ExerciseCatalog.Default.Get(id);

    /// <summary>Summarises progress in one notebook: n of m exercises solved, attempts and hints used.</summary>
    /// <param name="notebook">The notebook's file name without <c>.dib</c>, e.g. <c>"09-my-topic"</c>.</param>
    /// <returns>The summary, shown as a table in a notebook.</returns>
    /// <exception cref="InvalidParameterException">No exercise set belongs to this notebook.</exception>
    public static ProgressSummary Progress(string notebook) =>
        ProgressBook.Current.Summarize(notebook, ExerciseCatalog.Default.ForNotebook(notebook));

    /// <summary>Checks an answer without recording anything: a pure function of the answer.</summary>
    /// <param name="answer">The learner's answer; null means not yet attempted.</param>
    /// <returns>The feedback.</returns>
    public abstract Feedback Evaluate(object? answer);

    /// <summary>Checks an answer, records the attempt in the progress book, and returns feedback for the cell output.</summary>
    /// <param name="answer">The learner's answer; null means not yet attempted.</param>
    /// <returns>The feedback. Never throws for a learner's mistake.</returns>
    public Feedback Check(object? answer) => Check(answer, ProgressBook.Current);

    /// <summary>Reveals the next hint (and repeats the earlier ones).</summary>
    /// <returns>The hints seen so far, the newest last, and how many remain.</returns>
    public ExerciseNote Hint() => Hint(ProgressBook.Current);

    /// <summary>Shows the reference solution in a collapsed block, once the hints have been seen or the exercise is solved.</summary>
    /// <param name="skipRemainingHints">True to see it now even though hints remain.</param>
    /// <returns>The solution, or a note saying how many hints remain and how to see it anyway.</returns>
    public ExerciseNote Solution(bool skipRemainingHints = false) => Solution(skipRemainingHints, ProgressBook.Current);

    /// <summary>Renders the exercise card: title, kind, question, how to answer, hints available, sources.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder(ExerciseHtml.Open("card", Id, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>✎ Exercise · ").Append(ExerciseHtml.Encode(KindLabel(Kind)))
            .Append("</strong> · ").Append(ExerciseHtml.Encode(Title)).Append("</p>")
            .Append("<p>").Append(ExerciseHtml.Inline(Prompt)).Append("</p>");
        AppendCardDetails(html);
        html.Append("<p><strong>Answer with</strong> ").Append(ExerciseHtml.Inline(HowToAnswer)).Append(". ")
            .Append(ExerciseHtml.Encode(Hints.Count == 1 ? "1 hint is" : $"{Hints.Count} hints are"))
            .Append(" available with <code>.Hint()</code>.</p>");
        ExerciseHtml.AppendSources(html, this);
        return html.Append("</div>").ToString();
    }

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

    internal Feedback Check(object? answer, ProgressBook book)
    {
        Feedback feedback;
        try
        {
            feedback = Evaluate(answer);
        }
        catch (Exception e)
        {
            // The checker itself failed on this answer. Say so without a stack trace.
            feedback = new Feedback(Id, Title, FeedbackStatus.LearnerError,
                $"This answer could not be checked: {e.GetType().Name}: {e.Message}");
        }

        var record = book.RecordAttempt(Id, feedback.Status);
        return feedback with { NextStep = NextStep(feedback.Status, record), Notice = book.TakeNotice() };
    }

    internal ExerciseNote Hint(ProgressBook book)
    {
        var seen = book.RevealHint(Id, Hints.Count);
        var html = new StringBuilder(ExerciseHtml.Open("hint", Id, "info"))
            .Append("<p class=\"nb-ex-head\"><strong>ℹ Hints</strong> · ").Append(ExerciseHtml.Encode(Title)).Append("</p>");
        var text = new StringBuilder($"Hints · {Title}").AppendLine();
        if (Hints.Count == 0)
        {
            const string none = "This exercise has no hints. `.Solution()` shows the reference solution.";
            return new ExerciseNote(Id, html.Append("<p>").Append(ExerciseHtml.Inline(none)).Append("</p></div>").ToString(), text.Append(none).ToString());
        }

        html.Append("<ul class=\"nb-ex-hints\">");
        for (var i = 0; i < seen; i++)
        {
            html.Append("<li><strong>Hint ").Append(i + 1).Append(" of ").Append(Hints.Count).Append(":</strong> ")
                .Append(ExerciseHtml.Inline(Hints[i])).Append("</li>");
            text.AppendLine($"Hint {i + 1} of {Hints.Count}: {Hints[i]}");
        }

        var left = Hints.Count - seen;
        var next = left > 0
            ? $"{left} more {(left == 1 ? "hint" : "hints")}: run `.Hint()` again when you want the next one."
            : "That was the last hint. `.Solution()` now shows the reference solution.";
        html.Append("</ul><p class=\"nb-ex-next\">").Append(ExerciseHtml.Inline(next)).Append("</p></div>");
        return new ExerciseNote(Id, html.ToString(), text.Append(next).ToString());
    }

    internal ExerciseNote Solution(bool skipRemainingHints, ProgressBook book)
    {
        var record = book[Id];
        var left = Hints.Count - record.HintsRevealed;
        var html = new StringBuilder(ExerciseHtml.Open("solution", Id, "info"));
        if (left > 0 && !record.Solved && !skipRemainingHints)
        {
            var wait = $"The reference solution comes after the hints, and {left} of {Hints.Count} {(Hints.Count == 1 ? "hint is" : "hints are")} still unseen. " +
                       "Run `.Hint()` for the next one. If you want the solution now anyway, run `.Solution(skipRemainingHints: true)`.";
            html.Append("<p class=\"nb-ex-head\"><strong>ℹ Solution not shown yet</strong> · ").Append(ExerciseHtml.Encode(Title)).Append("</p><p>")
                .Append(ExerciseHtml.Inline(wait)).Append("</p></div>");
            return new ExerciseNote(Id, html.ToString(), $"Solution not shown yet · {Title}{Environment.NewLine}{wait}");
        }

        book.MarkSolutionShown(Id);
        html.Append("<p class=\"nb-ex-head\"><strong>✎ Reference solution</strong> · ").Append(ExerciseHtml.Encode(Title)).Append("</p>")
            .Append("<details><summary>Show the reference solution</summary>").Append(ExerciseHtml.Code(ReferenceSolution));
        if (SolutionExplanation.Length > 0)
        {
            html.Append("<p>").Append(ExerciseHtml.Inline(SolutionExplanation)).Append("</p>");
        }

        html.Append("</details>");
        ExerciseHtml.AppendSources(html, this);
        html.Append("</div>");
        return new ExerciseNote(Id, html.ToString(), $"Reference solution · {Title}{Environment.NewLine}{ReferenceSolution}{Environment.NewLine}{SolutionExplanation}".TrimEnd());
    }

    /// <summary>Adds kind-specific details to the exercise card (e.g. the options of a multiple-choice question).</summary>
    /// <param name="html">The card being built.</param>
    protected virtual void AppendCardDetails(StringBuilder html)
    {
    }

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

    private string NextStep(FeedbackStatus status, ExerciseRecord record)
    {
        var get = $"`Exercise.Get(\"{Id}\")`";
        var left = Hints.Count - record.HintsRevealed;
        var hint = left > 0
            ? $"Stuck? `.Hint()` on {get} reveals hint {record.HintsRevealed + 1} of {Hints.Count}."
            : "You have seen every hint; `.Solution()` shows the reference solution.";
        return status switch
        {
            FeedbackStatus.Passed => string.IsNullOrEmpty(Notebook)
                ? "Well done."
                : $"Well done. `Exercise.Progress(\"{Notebook}\")` shows your progress in this notebook.",
            FeedbackStatus.NotAttempted => left switch
            {
                0 => string.Empty,
                _ when record.HintsRevealed == 0 => $"{left} {(left == 1 ? "hint is" : "hints are")} available with `.Hint()` if you want them.",
                _ => $"{left} more {(left == 1 ? "hint is" : "hints are")} available with `.Hint()`.",
            },
            _ => "Try again. " + hint,
        };
    }

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

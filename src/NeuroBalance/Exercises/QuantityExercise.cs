namespace NeuroBalance.Exercises;

/// <summary>
/// The common part of exercises answered with a quantity (<see cref="NumericExercise{T}"/>,
/// <see cref="PredictionExercise{T}"/>): the kind of quantity, the tolerance, and reading the answer.
/// </summary>
/// <typeparam name="T">The quantity type, registered in <see cref="QuantityKinds"/>.</typeparam>
public abstract class QuantityExercise<T> : Exercise
    where T : notnull
{
    /// <summary>Creates the exercise for a kind of quantity.</summary>
    /// <param name="quantity">The kind, e.g. <see cref="QuantityKinds.Concentration"/>.</param>
    /// <param name="defaultTolerance">The tolerance when none is given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    protected QuantityExercise(QuantityKind<T> quantity, Tolerance defaultTolerance)
    {
        Quantity = quantity ?? throw new ArgumentNullException(nameof(quantity));
        Tolerance = defaultTolerance;
    }

    /// <summary>Gets the kind of quantity asked for.</summary>
    public QuantityKind<T> Quantity { get; }

    /// <summary>Gets how close an answer must be (in the quantity's base unit).</summary>
    public Tolerance Tolerance { get; init; }

    /// <summary>Gets typical wrong answers with targeted messages, checked before "too high / too low".</summary>
    public IReadOnlyList<AnticipatedMistake> Mistakes { get; init; } = [];

    /// <summary>
    /// Gets the time unit a plain-number answer is in ("ms", "s", "min", "h", "days", "weeks"), so that a
    /// <c>Duration</c> (what the library returns) is accepted too and converted; empty when the number is not a time.
    /// </summary>
    /// <exception cref="InvalidParameterException">On init: not one of the supported units.</exception>
    public string NumberUnit
    {
        get => numberUnit;
        init => numberUnit = string.IsNullOrEmpty(value) || QuantityAnswer.TimeUnits.ContainsKey(value)
            ? value ?? string.Empty
            : throw new NeuroBalance.InvalidParameterException($"NumberUnit must be one of {string.Join(", ", QuantityAnswer.TimeUnits.Keys)}, but was \"{value}\".", nameof(NumberUnit));
    }

    private readonly string numberUnit = string.Empty;

    /// <summary>Reads the answer in the base unit, or builds the learner-error feedback that says why it cannot.</summary>
    /// <param name="answer">The answer (not null).</param>
    /// <param name="criterion">The name of the criterion that fails when the answer cannot be read.</param>
    /// <param name="value">The answer in the base unit.</param>
    /// <param name="formatted">The answer as the learner reads it.</param>
    /// <param name="problem">The learner-error feedback, when the answer cannot be read.</param>
    /// <returns>Whether the answer could be read.</returns>
    protected bool TryReadAnswer(object answer, string criterion, out double value, out string formatted, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Feedback? problem)
    {
        if (QuantityAnswer.TryRead(Quantity, answer, NumberUnit, out value, out formatted, out var why))
        {
            problem = null;
            return true;
        }

        problem = Feedback(FeedbackStatus.LearnerError, why) with { Criteria = [new Criterion(criterion, false, why)] };
        return false;
    }

    /// <summary>Compares a readable answer with the reference, anticipated mistakes and integer division included.</summary>
    /// <param name="name">The criterion's name.</param>
    /// <param name="answer">The answer as given.</param>
    /// <param name="value">The answer in the base unit.</param>
    /// <param name="formatted">The answer as the learner reads it.</param>
    /// <param name="expected">The reference in the base unit.</param>
    /// <returns>The criterion.</returns>
    protected Criterion Compare(string name, object answer, double value, string formatted, double expected) =>
        QuantityAnswer.Compare(name, Quantity, answer, value, formatted, expected, Tolerance, Mistakes, NumberUnit);

    /// <summary>The criterion on the answer's kind and unit, which fails when the answer is off by an exact power of ten.</summary>
    /// <param name="value">The answer in the base unit.</param>
    /// <param name="expected">The reference in the base unit.</param>
    /// <returns>The criterion.</returns>
    protected Criterion KindAndUnit(double value, double expected) =>
        QuantityAnswer.KindAndUnit(Quantity, value, expected, Tolerance, NumberUnit);
}

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

    /// <summary>Reads the answer in the base unit, or builds the learner-error feedback that says why it cannot.</summary>
    /// <param name="answer">The answer (not null).</param>
    /// <param name="criterion">The name of the criterion that fails when the answer cannot be read.</param>
    /// <param name="value">The answer in the base unit.</param>
    /// <param name="formatted">The answer as the learner reads it.</param>
    /// <param name="problem">The learner-error feedback, when the answer cannot be read.</param>
    /// <returns>Whether the answer could be read.</returns>
    protected bool TryReadAnswer(object answer, string criterion, out double value, out string formatted, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Feedback? problem)
    {
        if (QuantityAnswer.TryRead(Quantity, answer, out value, out formatted, out var why))
        {
            problem = null;
            return true;
        }

        problem = Feedback(FeedbackStatus.LearnerError, why) with { Criteria = [new Criterion(criterion, false, why)] };
        return false;
    }
}

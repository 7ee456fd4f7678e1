using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Exercises;

/// <summary>
/// An exercise whose answer is a number or a quantity with a unit, right within a tolerance.
/// Units do not matter: values are compared in the quantity's base unit, so for a concentration
/// 2 µM and 2000 nM are the same answer.
/// </summary>
/// <typeparam name="T">The quantity type, registered in <see cref="QuantityKinds"/> (e.g. <c>Concentration</c>, or <c>double</c> for a plain number).</typeparam>
/// <remarks>
/// Criteria: the answer is the right kind of quantity (a bare number, a string or another quantity
/// gets a friendly message showing how to write one), it is a finite number, and it is within
/// <see cref="Tolerance"/> of <see cref="Expected"/> (a wrong answer is told whether it is too high or too
/// low, and when it is off by an exact power of ten, to check its unit). The expected value is never
/// shown in the feedback; it is in the reference solution.
/// </remarks>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed class NumericExercise<T> : QuantityExercise<T>
    where T : notnull
{
    /// <summary>Creates the exercise for a kind of quantity; the tolerance defaults to ±1%.</summary>
    /// <param name="quantity">The kind, e.g. <see cref="QuantityKinds.Concentration"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public NumericExercise(QuantityKind<T> quantity)
        : base(quantity, Tolerance.RelativeOf(0.01))
    {
    }

    /// <summary>Initializes an exercise whose expected answer a lesson's code computes on first use.</summary>
    /// <param name="quantity">The kind of quantity asked for.</param>
    /// <param name="expected">Computes the expected answer.</param>
    internal NumericExercise(QuantityKind<T> quantity, Func<T> expected)
        : this(quantity)
    {
        this.expected = new Lazy<T>(expected);
    }

    private Lazy<T>? expected;

    /// <summary>Gets the expected answer.</summary>
    /// <exception cref="InvalidOperationException">No expected answer was given.</exception>
    public T Expected
    {
        get => expected is not null ? expected.Value : throw new InvalidOperationException($"The exercise '{Id}' has no expected answer.");
        init => expected = new Lazy<T>(value);
    }

    /// <inheritdoc />
    public override ExerciseKind Kind => ExerciseKind.Numeric;

    /// <inheritdoc />
    public override string HowToAnswer => Quantity.BaseUnit.Length == 0
        ? NumberUnit.Length > 0 ? $"a number in {NumberUnit}, such as `{Quantity.Example}`, or a `Duration`" : $"a number, such as `{Quantity.Example}`"
        : $"a {Quantity.Name} in any unit, such as `{Quantity.Example}`";

    /// <inheritdoc />
    public override Feedback Evaluate(object? answer)
    {
        if (answer is null)
        {
            return NotAttempted("Replace `null` with your answer");
        }

        if (!TryReadAnswer(answer, $"Answer is a {Quantity.Name}", out var value, out var formatted, out var problem))
        {
            return problem;
        }

        var expected = Quantity.ToBase(Expected);
        var criterion = Compare("Value", answer, value, formatted, expected);
        var kindAndUnit = KindAndUnit(value, expected);
        return criterion.Passed
            ? Feedback(FeedbackStatus.Passed, $"Right: {formatted}.") with { Criteria = [kindAndUnit, criterion], Explanations = Explain() }
            : Feedback(FeedbackStatus.Failed, $"Not yet: {formatted} is not the expected value.") with { Criteria = [kindAndUnit, criterion] };
    }

    private string[] Explain() => SolutionExplanation.Length > 0 ? [SolutionExplanation] : [];
}

using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>
/// A typical wrong answer and the targeted message it gets, e.g. "1/(1 + G) instead of 1 + G". Immutable.
/// </summary>
/// <remarks>
/// For numeric and prediction exercises the wrong value is a number (in the quantity's base unit, or the
/// plain number asked for) or a value of the quantity type; an answer within <see cref="Tolerance"/> of it
/// gets <see cref="Message"/> instead of a bare "too high / too low". For code exercises the wrong value is a
/// function of the exercise's delegate type: a learner function that agrees with it on every input gets the message.
/// Wrong values are computed on first use, from the lesson's code, never typed.
/// </remarks>
public sealed class AnticipatedMistake
{
    private readonly Lazy<object> value;

    /// <summary>Creates an anticipated mistake.</summary>
    /// <param name="value">Computes the wrong answer (a number, a quantity, or a function for code exercises).</param>
    /// <param name="message">What to say to a learner who gives it. Must not be blank.</param>
    /// <param name="tolerance">How close an answer must be to count as this mistake; null: ±1% (numbers) or the exercise's tolerance (functions).</param>
    /// <exception cref="InvalidParameterException">The message is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public AnticipatedMistake(Func<object> value, string message, Tolerance? tolerance = null)
    {
        Preconditions.CheckNotNull(nameof(value), value);
        this.value = new Lazy<object>(value);
        Message = Preconditions.CheckNotBlank(nameof(message), message);
        Tolerance = tolerance;
    }

    /// <summary>Gets the targeted message.</summary>
    public string Message { get; }

    /// <summary>Gets how close an answer must be to count as this mistake; null for the default.</summary>
    public Tolerance? Tolerance { get; }

    /// <summary>Gets the wrong answer (computed on first use).</summary>
    public object Value => value.Value;

    /// <summary>The wrong answer in a quantity kind's base unit, or null when it is not a number or a value of that kind.</summary>
    internal double? InBase(IQuantityKind kind) => Value switch
    {
        var v when v.GetType() == kind.ValueType => kind.ToBase(v),
        double d => d,
        int i => i,
        _ => null,
    };
}

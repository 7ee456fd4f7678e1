using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Exercises;

/// <summary>
/// Predict, then run: the learner writes down a prediction first; checking it runs the model and
/// shows the prediction beside the model's result, and whether they agree within a tolerance.
/// </summary>
/// <typeparam name="T">The predicted quantity's type, registered in <see cref="QuantityKinds"/>.</typeparam>
/// <remarks>
/// A prediction that misses is not a failure of the learner: the feedback says so, and shows by how much
/// and in which direction, which is the point of predicting first.
/// </remarks>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed class PredictionExercise<T> : QuantityExercise<T>
    where T : notnull
{
    /// <summary>Creates the exercise for a kind of quantity; the tolerance defaults to ±10%.</summary>
    /// <param name="quantity">The kind, e.g. <see cref="QuantityKinds.Number"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public PredictionExercise(QuantityKind<T> quantity)
        : base(quantity, Tolerance.RelativeOf(0.1))
    {
    }

    /// <summary>Gets the model run, called when a prediction is checked.</summary>
    public required Func<T> Simulation { get; init; }

    /// <summary>Gets what the model run does, in a sentence, e.g. "the mass-action model at [L] = 40 nM, Kd = 90 nM".</summary>
    public required string SimulationDescription { get; init; }

    /// <inheritdoc />
    public override ExerciseKind Kind => ExerciseKind.Prediction;

    /// <inheritdoc />
    public override string HowToAnswer => $"your prediction, written down before you run the model: a {Quantity.Name} such as `{Quantity.Example}`";

    /// <inheritdoc />
    public override Feedback Evaluate(object? answer)
    {
        if (answer is null)
        {
            return NotAttempted("Write down your prediction first (replace `null`); checking it runs the model and compares");
        }

        if (!TryReadAnswer(answer, "Prediction recorded", out var predicted, out var formatted, out var problem))
        {
            return problem;
        }

        var result = Simulation();
        var simulated = Quantity.ToBase(result);
        var agreement = Compare("Prediction agrees with the model", answer, predicted, formatted, simulated);
        var difference = simulated == 0
            ? (predicted - simulated).ToString("G3", CultureInfo.InvariantCulture) + (Quantity.BaseUnit.Length > 0 ? " " + Quantity.BaseUnit : string.Empty)
            : ((predicted - simulated) / Math.Abs(simulated) * 100).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "% of the model's result";
        var feedback = Feedback(
            agreement.Passed ? FeedbackStatus.Passed : FeedbackStatus.Failed,
            agreement.Passed
                ? $"Your prediction agrees with the model ({SimulationDescription})."
                : $"The model ({SimulationDescription}) gives something else. A prediction that misses is useful: it shows which intuition to update.");
        return feedback with
        {
            Comparison =
            [
                new ComparisonRow("Your prediction", formatted),
                new ComparisonRow("The model's result", Quantity.Format(result)),
                new ComparisonRow("Difference", difference),
            ],
            Criteria = [new Criterion("Prediction recorded", true, "You committed to a prediction before seeing the result."), agreement],
            Explanations = SolutionExplanation.Length > 0 && agreement.Passed ? [SolutionExplanation] : [],
        };
    }
}

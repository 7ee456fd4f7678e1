using NeuroBalance.Exercises;

namespace NeuroBalance.Tests.Exercises;

public sealed class PredictionExerciseTests
{
    [Fact]
    public void Evaluate_ClosePrediction_Passes_AndShowsTheComparison()
    {
        var feedback = ExerciseSamples.PredictHalf().Evaluate(0.52);

        Assert.Equal(FeedbackStatus.Passed, feedback.Status);
        Assert.Equal(["Your prediction", "The model's result", "Difference"], feedback.Comparison.Select(r => r.Label));
        Assert.Equal("0.52", feedback.Comparison[0].Value);
        Assert.Equal("0.5", feedback.Comparison[1].Value);
        Assert.Equal("+4% of the model's result", feedback.Comparison[2].Value);
    }

    [Fact]
    public void Evaluate_FarPrediction_Fails_ButSaysPredictionWasRecorded()
    {
        var feedback = ExerciseSamples.PredictHalf().Evaluate(0.9);

        Assert.Equal(FeedbackStatus.Failed, feedback.Status);
        Assert.True(feedback.Criteria[0].Passed);
        Assert.Contains("too high", feedback.Criteria[1].Why, StringComparison.Ordinal);
        Assert.Contains("useful", feedback.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoPrediction_IsNotAttempted_AndDoesNotRunTheModel()
    {
        var runs = 0;
        var exercise = new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "test-count",
            Title = "t",
            Prompt = "p",
            Simulation = () => ++runs,
            SimulationDescription = "counts",
            ReferenceSolution = "1",
        };

        Assert.Equal(FeedbackStatus.NotAttempted, exercise.Evaluate(null).Status);
        Assert.Equal(0, runs);
    }
}

using NeuroBalance.Exercises;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Exercises;

/// <summary>Small exercises of each kind for the tests; not part of the course catalog.</summary>
internal static class ExerciseSamples
{
    internal static NumericExercise<Concentration> Concentration2Micromolar(Tolerance? tolerance = null) =>
        new(QuantityKinds.Concentration)
        {
            Id = "test-two-micromolar",
            Title = "Two micromolar",
            Prompt = "Give 2 µM.",
            Expected = Concentration.FromMicromolar(2),
            Tolerance = tolerance ?? Tolerance.RelativeOf(0.01),
            Hints = ["first", "second"],
            ReferenceSolution = "var answer = Concentration.FromMicromolar(2);",
        };

    internal static NumericExercise<double> Half() =>
        new(QuantityKinds.Number)
        {
            Id = "test-half",
            Title = "One half",
            Prompt = "Give 0.5.",
            Expected = 0.5,
            Tolerance = Tolerance.AbsoluteOf(0.01),
            ReferenceSolution = "0.5",
        };

    internal static CodeExercise<Func<double, double>> Square(TimeSpan? limit = null) =>
        new()
        {
            Id = "test-square",
            Title = "Square a number",
            Prompt = "Return x².",
            Reference = x => x * x,
            Cases = [new CodeCase("zero", 0.0) { EdgeCase = true }, new CodeCase("two", 2.0), new CodeCase("minus three", -3.0)],
            TimeLimit = limit ?? TimeSpan.FromSeconds(2),
            Hints = ["Multiply."],
            ReferenceSolution = "Func<double, double> f = x => x * x;",
        };

    internal static MultipleChoiceExercise Colours() =>
        new()
        {
            Id = "test-choice",
            Title = "Pick B",
            Prompt = "Which is right?",
            Choices =
            [
                new Choice("Wrong <one>", false, "Because A & <b>not</b>."),
                new Choice("Right", true, "Because B."),
                new Choice("Also wrong", false, "Because C."),
            ],
            ReferenceSolution = "\"B\"",
        };

    internal static PredictionExercise<double> PredictHalf() =>
        new(QuantityKinds.Number)
        {
            Id = "test-predict",
            Title = "Predict one half",
            Prompt = "Predict.",
            Simulation = () => 0.5,
            SimulationDescription = "a model that returns 0.5",
            Tolerance = Tolerance.AbsoluteOf(0.05),
            ReferenceSolution = "double? prediction = 0.5;",
        };
}

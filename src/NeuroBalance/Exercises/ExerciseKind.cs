namespace NeuroBalance.Exercises;

/// <summary>The four kinds of exercise.</summary>
public enum ExerciseKind
{
    /// <summary>A number or quantity with a unit, checked within a tolerance (<see cref="NumericExercise{T}"/>).</summary>
    Numeric,

    /// <summary>A function the learner writes, checked against the reference on several inputs (<see cref="CodeExercise{TFunc}"/>).</summary>
    Code,

    /// <summary>One option out of several, each with an explanation (<see cref="MultipleChoiceExercise"/>).</summary>
    MultipleChoice,

    /// <summary>A prediction recorded before a model runs, then compared with its result (<see cref="PredictionExercise{T}"/>).</summary>
    Prediction,
}

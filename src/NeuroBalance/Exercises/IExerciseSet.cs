namespace NeuroBalance.Exercises;

/// <summary>
/// The exercises of one notebook. The course's lessons use <see cref="LessonExerciseSet"/> (an exercise
/// file in the lesson's folder); tests and other hosts may implement it directly.
/// </summary>
public interface IExerciseSet
{
    /// <summary>Gets the notebook's file name without <c>.dib</c>, e.g. <c>09-my-topic</c>.</summary>
    string Notebook { get; }

    /// <summary>Gets the exercises, in the order the notebook uses them.</summary>
    IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Whether this set has an exercise with this id, ideally without building its exercises.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True if <see cref="Exercises"/> contains it.</returns>
    bool Declares(string id) => Exercises.Any(e => e.Id == id);
}

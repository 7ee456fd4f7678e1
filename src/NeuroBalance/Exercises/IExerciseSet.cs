namespace NeuroBalance.Exercises;

/// <summary>
/// The exercises of one notebook. Each notebook with exercises has one implementation in
/// <c>Exercises/Catalog</c> (public or internal, with a parameterless constructor); the catalog finds
/// them by reflection, so adding a set edits no shared list.
/// </summary>
public interface IExerciseSet
{
    /// <summary>Gets the notebook's file name without <c>.dib</c>, e.g. <c>A4-exercises-tour</c>.</summary>
    string Notebook { get; }

    /// <summary>Gets the exercises, in the order the notebook uses them.</summary>
    IReadOnlyList<Exercise> Exercises { get; }
}

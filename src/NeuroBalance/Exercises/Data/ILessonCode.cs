namespace NeuroBalance.Exercises;

/// <summary>
/// The code of one lesson unit: the values its exercise file names (expected answers, model results,
/// numbers shown in hints) and the reference functions of its code exercises. It lives in the lesson's
/// own folder, next to the exercise file.
/// </summary>
public interface ILessonCode
{
    /// <summary>Gets the lesson's file name without extension, e.g. <c>09-my-topic</c>.</summary>
    string Lesson { get; }

    /// <summary>Adds the lesson's named values and functions.</summary>
    /// <param name="values">The collection to add to.</param>
    void Define(LessonValues values);
}

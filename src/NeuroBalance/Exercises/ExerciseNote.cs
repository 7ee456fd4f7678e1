using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Exercises;

/// <summary>A hint, a reference solution or an exercise card, ready to show in a notebook. Immutable.</summary>
/// <param name="ExerciseId">The exercise it belongs to.</param>
/// <param name="Html">The HTML (self-contained, all text encoded).</param>
/// <param name="Text">The same content as plain text.</param>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed record ExerciseNote(string ExerciseId, string Html, string Text)
{
    /// <summary>Returns the plain-text content.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}

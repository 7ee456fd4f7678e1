namespace NeuroBalance.Course.Documents;

/// <summary>One <c>Exercise.Get(…)</c> call found in notebook code.</summary>
/// <param name="Id">The literal id, or null when the argument is not a plain string literal (lint rejects that).</param>
/// <param name="Offset">The 0-based position of the call in the text it was found in.</param>
public sealed record ExerciseCall(string? Id, int Offset);

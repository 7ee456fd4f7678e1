namespace NeuroBalance.Exercises;

/// <summary>One row of a side-by-side comparison in feedback, e.g. "Your prediction | 0.9".</summary>
/// <param name="Label">What the row shows.</param>
/// <param name="Value">The formatted value.</param>
public sealed record ComparisonRow(string Label, string Value);

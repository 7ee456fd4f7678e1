namespace NeuroBalance.Course.Authoring;

/// <summary>One solution region found in a notebook.</summary>
/// <param name="Kind">Whether it sits in a code cell (<c>// BEGIN SOLUTION</c>) or a markdown cell (<c>&lt;!-- BEGIN SOLUTION --&gt;</c>).</param>
/// <param name="BeginLine">The 1-based line of the BEGIN marker.</param>
/// <param name="EndLine">The 1-based line of the END marker.</param>
/// <param name="PlaceholderLine">The 1-based line of <c>// STUDENT PLACEHOLDER</c>, or <see langword="null"/> if the region has none.</param>
public sealed record SolutionRegion(SolutionRegionKind Kind, int BeginLine, int EndLine, int? PlaceholderLine);

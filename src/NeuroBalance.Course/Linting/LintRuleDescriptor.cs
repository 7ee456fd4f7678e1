namespace NeuroBalance.Course.Linting;

/// <summary>What a lint rule is: its id, a short title, how serious its findings are, and what it checks (the docs table is generated from these).</summary>
/// <param name="Id">The rule id, e.g. <c>NB009</c> (<see cref="LintRules"/>).</param>
/// <param name="Title">A short title, e.g. <c>Charts from the library</c>.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Help">What the rule checks and how to comply, in Markdown (one table cell: no line breaks).</param>
public sealed record LintRuleDescriptor(string Id, string Title, LintSeverity Severity, string Help);

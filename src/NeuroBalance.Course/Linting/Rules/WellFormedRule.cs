namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB000: the file is a well-formed <c>.dib</c>. The reader (<see cref="Documents.DibFile"/>) checks it; the linter reports its error under this rule.</summary>
public sealed class WellFormedRule() : LintRule(Rule)
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly LintRuleDescriptor Rule = new(LintRules.Format, "Well-formed notebook", LintSeverity.Error,
        "The file is a well-formed `.dib`: valid `#!meta` JSON, before the first cell; no text before the first cell marker; every `#!word` line is a kernel (`#!csharp`, `#!markdown`, … see `CellKernels`) or a magic command");
}

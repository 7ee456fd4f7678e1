namespace NeuroBalance.Course.Linting;

/// <summary>
/// One lint rule: a descriptor and a check. A rule instance lives for one <see cref="NotebookLinter.Lint"/>
/// call, so a rule that checks across notebooks (unique exercise ids) may keep what it saw.
/// </summary>
public abstract class LintRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="descriptor">What the rule is.</param>
    protected LintRule(LintRuleDescriptor descriptor) => Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));

    /// <summary>Gets what the rule is.</summary>
    public LintRuleDescriptor Descriptor { get; }

    /// <summary>Checks one notebook.</summary>
    /// <param name="target">The notebook.</param>
    /// <param name="report">Receives (line, message) per problem.</param>
    public virtual void Check(LintTarget target, Action<int, string> report)
    {
    }

    /// <summary>Checks what can only be checked once every notebook was seen.</summary>
    /// <param name="run">The run.</param>
    /// <param name="report">Receives (file, line, message) per problem.</param>
    public virtual void Complete(LintRun run, Action<string, int, string> report)
    {
    }
}

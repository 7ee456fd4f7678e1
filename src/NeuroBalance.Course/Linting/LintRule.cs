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
    public void Check(LintTarget target, Action<int, string> report)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(report);
        Inspect(target, report);
    }

    /// <summary>Checks what can only be checked once every notebook was seen.</summary>
    /// <param name="run">The run.</param>
    /// <param name="report">Receives (file, line, message) per problem.</param>
    public void Complete(LintRun run, Action<string, int, string> report)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        Conclude(run, report);
    }

    /// <summary>Checks one notebook (arguments already checked); nothing by default.</summary>
    /// <param name="target">The notebook.</param>
    /// <param name="report">Receives (line, message) per problem.</param>
    protected virtual void Inspect(LintTarget target, Action<int, string> report)
    {
    }

    /// <summary>Checks across notebooks once every notebook was seen (arguments already checked); nothing by default.</summary>
    /// <param name="run">The run.</param>
    /// <param name="report">Receives (file, line, message) per problem.</param>
    protected virtual void Conclude(LintRun run, Action<string, int, string> report)
    {
    }
}

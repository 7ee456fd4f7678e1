namespace NeuroBalance.Course.Linting;

/// <summary>How serious a lint finding is.</summary>
public enum LintSeverity
{
    /// <summary>Breaks the lint contract: <c>lint</c> exits non-zero.</summary>
    Error,

    /// <summary>Worth fixing, but does not fail <c>lint</c>.</summary>
    Warning,
}

/// <summary>One lint finding, reported as <c>file:line: severity rule: message</c>.</summary>
/// <param name="File">The notebook, repository-relative.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Rule">The rule id, e.g. <c>NB005</c> (see <see cref="LintRules"/>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record LintFinding(string File, int Line, string Rule, LintSeverity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == LintSeverity.Error ? "error" : "warning")} {Rule}: {Message}";
}

namespace NeuroBalance.Hosting;

/// <summary>One line of the environment check.</summary>
/// <param name="Name">What was checked, e.g. ".NET SDK".</param>
/// <param name="Status">The outcome.</param>
/// <param name="Detail">What was found, e.g. "10.0.401".</param>
/// <param name="NextStep">What to do when the status is not <see cref="CheckStatus.Ok"/>; empty otherwise.</param>
public sealed record EnvironmentCheckResult(string Name, CheckStatus Status, string Detail, string NextStep = "")
{
    /// <summary>Gets the status as a symbol: ✓, ⚠ or ✗.</summary>
    public string Symbol => Status switch
    {
        CheckStatus.Ok => "✓",
        CheckStatus.Warning => "⚠",
        _ => "✗",
    };

    /// <inheritdoc />
    public override string ToString() =>
        NextStep.Length == 0 ? $"{Symbol} {Name}: {Detail}" : $"{Symbol} {Name}: {Detail}. Next step: {NextStep}";
}

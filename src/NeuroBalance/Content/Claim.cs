namespace NeuroBalance.Content;

/// <summary>A sentence the course states as fact, with its sources.</summary>
/// <param name="Text">The statement, in plain language.</param>
/// <param name="Sources">References and evidence level.</param>
public sealed record Claim(string Text, Sources Sources)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Text} ({Sources})");
}

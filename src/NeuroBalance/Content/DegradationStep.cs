namespace NeuroBalance.Content;

/// <summary>One step that inactivates a transmitter: substrate → (enzyme) → metabolite.</summary>
/// <param name="Substrate">What is broken down.</param>
/// <param name="Enzyme">The enzyme.</param>
/// <param name="Product">The metabolite, for example "5-HIAA".</param>
/// <param name="Sources">References and evidence level.</param>
/// <param name="Note">Extra detail; may be empty.</param>
public sealed record DegradationStep(string Substrate, Enzyme Enzyme, string Product, Sources Sources, string Note)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Substrate} → {Product} by {Enzyme.Abbreviation}");
}

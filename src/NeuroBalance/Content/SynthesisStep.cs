namespace NeuroBalance.Content;

/// <summary>One enzymatic step of a synthesis pathway: substrate → (enzyme, cofactors) → product.</summary>
/// <param name="Substrate">What goes in, for example "L-tryptophan".</param>
/// <param name="Product">What comes out, for example "5-hydroxytryptophan (5-HTP)".</param>
/// <param name="Enzyme">The enzyme.</param>
/// <param name="Cofactors">Cofactors of this step (BH4, Fe²⁺, O₂, pyridoxal phosphate (vitamin B6)…).</param>
/// <param name="RateLimiting">Whether this step limits the pathway's overall rate.</param>
/// <param name="Sources">References and evidence level.</param>
/// <param name="Note">Extra detail; may be empty.</param>
public sealed record SynthesisStep(string Substrate, string Product, Enzyme Enzyme, IReadOnlyList<string> Cofactors, bool RateLimiting, Sources Sources, string Note)
{
    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Substrate} → {Product} by {Enzyme.Abbreviation}{(Cofactors.Count > 0 ? " with " + string.Join(", ", Cofactors) : string.Empty)}{(RateLimiting ? " (rate-limiting)" : string.Empty)}");
}

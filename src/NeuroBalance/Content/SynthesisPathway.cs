
namespace NeuroBalance.Content;

/// <summary>
/// How a neurotransmitter is made from its precursor, step by step. In a notebook it is drawn as a
/// diagram: precursor → enzyme → product, with the rate-limiting step and the cofactors marked.
/// </summary>
/// <param name="TransmitterName">The transmitter made, for example "Serotonin".</param>
/// <param name="Steps">The steps, in order; the product of one is the substrate of the next.</param>
public sealed record SynthesisPathway(string TransmitterName, IReadOnlyList<SynthesisStep> Steps)
{
    /// <summary>The first substrate, for example "L-tryptophan".</summary>
    public string Precursor => Steps.Count > 0 ? Steps[0].Substrate : string.Empty;

    /// <summary>The rate-limiting step, or null if none is marked.</summary>
    public SynthesisStep? RateLimitingStep => Steps.FirstOrDefault(s => s.RateLimiting);

    /// <summary>Every cofactor used along the pathway, once each.</summary>
    public IReadOnlyList<string> Cofactors => Steps.SelectMany(s => s.Cofactors).Distinct().ToArray();

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{TransmitterName}: ") + string.Join("; ", Steps);
}

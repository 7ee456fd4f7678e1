using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>A hormone that modulates transmitter systems, with its documented effects.</summary>
/// <param name="Id">Content id, for example <c>estradiol</c>.</param>
/// <param name="Name">Name, for example "Estradiol (E2)".</param>
/// <param name="Aliases">Other names it is looked up by.</param>
/// <param name="HormoneClass">For example "ovarian steroid (estrogen)".</param>
/// <param name="Summary">A plain-language summary.</param>
/// <param name="Mechanism">How it acts on neurons, in a sentence or two.</param>
/// <param name="Effects">Its documented effects on transmitter systems.</param>
/// <param name="Findings">Other sourced findings (for example clinical trials); may be empty.</param>
/// <param name="Sources">References and evidence level of the summary and mechanism.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Hormone(
    string Id, string Name, IReadOnlyList<string> Aliases, string HormoneClass, string Summary, string Mechanism,
    IReadOnlyList<HormoneEffect> Effects, IReadOnlyList<Claim> Findings, Sources Sources, ContentLocation Location)
{
    /// <summary>Gets the multiplier ranges the hormone layer of the models uses (<c>model-effects</c>); empty for a hormone the models do not include.</summary>
    public IReadOnlyList<HormoneModelEffect> ModelEffects { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name}: {Summary}");
}

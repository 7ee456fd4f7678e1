using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>
/// One hormone → model-parameter effect as <c>hormones.yaml</c> states it under a hormone's
/// <c>model-effects</c>: the multiplier range [<see cref="Low"/>, <see cref="High"/>] (target with the
/// hormone at its reference level ÷ target without it) that the sources support. The model layer
/// (<c>HormoneModulation.Effects</c>) is built from these rows; the numbers live only in the YAML.
/// </summary>
/// <param name="HormoneId">The hormone's id, for example <c>estradiol</c> or <c>t3</c>.</param>
/// <param name="Target">The model target, one of <see cref="Targets"/>, for example <c>tph2-expression</c>.</param>
/// <param name="Low">Lower end of the multiplier range (0.01 to 100).</param>
/// <param name="High">Upper end of the multiplier range (<paramref name="Low"/> to 100).</param>
/// <param name="Species">Species and region, for example "rhesus macaque dorsal raphe (mRNA)".</param>
/// <param name="Sources">References (the first is the primary source) and evidence level.</param>
/// <param name="Note">What was measured and any caveat.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record HormoneModelEffect(
    string HormoneId, string Target, double Low, double High, string Species, Sources Sources, string Note, ContentLocation Location)
{
    /// <summary>
    /// The model targets a hormone can scale, spelled as in <c>hormones.yaml</c>: the kebab-case of the
    /// members of <c>NeuroBalance.Models.Hormones.ModulationTarget</c> (a test keeps the two equal).
    /// </summary>
    public static IReadOnlyList<string> Targets { get; } =
        ["tph2-expression", "sert-density", "htr2a-density", "htr1a-density", "mao-a", "th-expression", "gaba-a-sensitivity"];

    /// <summary>The smallest multiplier accepted.</summary>
    public const double MinMultiplier = 0.01;

    /// <summary>The largest multiplier accepted.</summary>
    public const double MaxMultiplier = 100;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{HormoneId} → {Target}: ×{Low:G3}–{High:G3} ({Species}; {Sources})");
}

using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>A documented effect of a hormone on one part of a transmitter system.</summary>
/// <param name="HormoneId">The hormone's id.</param>
/// <param name="HormoneName">The hormone's name.</param>
/// <param name="TransmitterId">The transmitter system affected.</param>
/// <param name="Target">What changes, for example "TPH mRNA (dorsal raphe)".</param>
/// <param name="Direction">Increase, decrease, mixed or no change.</param>
/// <param name="Magnitude">How much, as reported, for example "×9 after 28 days"; never a single invented multiplier.</param>
/// <param name="Species">The species studied, for example "rhesus macaque".</param>
/// <param name="Sources">References and evidence level.</param>
/// <param name="Note">Conditions and caveats; may be empty.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record HormoneEffect(
    string HormoneId, string HormoneName, string TransmitterId, string Target, EffectDirection Direction,
    string Magnitude, string Species, Sources Sources, string Note, ContentLocation Location)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{HormoneName} → {Target}: {Direction.ToString().ToLowerInvariant()}, {Magnitude} ({Species}; {Sources})");
}

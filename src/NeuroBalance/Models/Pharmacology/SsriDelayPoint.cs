using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>One time point of <see cref="SsriDelayScenario"/>. Immutable.</summary>
/// <param name="Time">Time since the SSRI was started.</param>
/// <param name="Autoreceptor">The 5-HT1A autoreceptor state.</param>
/// <param name="Firing">Raphe firing relative to baseline.</param>
/// <param name="SerotoninOutput">Extracellular 5-HT in projection areas relative to baseline (firing × uptake-block factor).</param>
public sealed record SsriDelayPoint(Duration Time, AdaptationState Autoreceptor, double Firing, double SerotoninOutput)
{
    /// <summary>Gets the 5-HT1A autoreceptor state.</summary>
    public AdaptationState Autoreceptor { get; init; } = Internal.Preconditions.CheckNotNull(nameof(Autoreceptor), Autoreceptor);
}

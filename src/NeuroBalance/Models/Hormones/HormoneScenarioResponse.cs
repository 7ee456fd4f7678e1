using NeuroBalance.Internal;
using NeuroBalance.Models.Terminals;

namespace NeuroBalance.Models.Hormones;

/// <summary>
/// What a hormone state does to the course's models, relative to the reference state: the multiplier on
/// each target, extracellular serotonin at steady state in the serotonin terminal, and tonic GABA-A
/// activation in the GABA model.
/// </summary>
/// <remarks>
/// <para>Each result is "model with the hormone state ÷ model in the reference state", using
/// <see cref="HormoneModulation"/> (effects, ranges, citations and evidence levels) on
/// <see cref="SerotoninTerminal"/> (structure of Best, Nijhout &amp; Reed 2010, doi:10.1186/1742-4682-7-34)
/// and <see cref="GabaTerminal"/> (illustrative estimates). Because several effects rest on animal data or
/// have region-dependent directions, compare the <see cref="EffectEstimate.Low"/> and
/// <see cref="EffectEstimate.High"/> results before reading anything into a central value.</para>
/// <para>Simplification: the layer changes expression at once (a new steady state); the days to weeks that
/// genomic effects take are not modelled. Allopregnanolone's GABA-A effect is fast and non-genomic, the
/// others are genomic.</para>
/// </remarks>
public static class HormoneScenarioResponse
{
    private static readonly Lazy<double> ReferenceSerotonin = new(() => SerotoninTerminal.Default.SteadyState().Micromolar(SerotoninTerminal.Eht));
    private static readonly Lazy<double> ReferenceTonic = new(() => GabaTerminal.Default.TonicActivation(GabaTerminal.Default.SteadyState()));

    /// <summary>The multiplier the state puts on each target, with the spread over the documented ranges.</summary>
    /// <param name="state">The hormone state.</param>
    /// <returns>One row per <see cref="ModulationTarget"/>, in enum order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static IReadOnlyList<TargetMultiplierRow> TargetProfile(HormoneState state)
    {
        Preconditions.CheckNotNull(nameof(state), state);
        return Enum.GetValues<ModulationTarget>().Select(t =>
        {
            var low = HormoneModulation.Multiplier(t, state, EffectEstimate.Low);
            var high = HormoneModulation.Multiplier(t, state, EffectEstimate.High);
            var central = HormoneModulation.Multiplier(t, state);
            var (min, max) = (Math.Min(low, high), Math.Max(low, high));
            var direction = min >= 1 - 1e-9 && max > 1 + 1e-9 ? "up"
                : max <= 1 + 1e-9 && min < 1 - 1e-9 ? "down"
                : max - min < 1e-9 ? "no change" : "depends on the estimate";
            var evidence = string.Join(", ", HormoneModulation.EffectsOn(t).Select(e => e.Evidence.ToString().ToLowerInvariant()).Distinct());
            return new TargetMultiplierRow(t, Math.Round(min, 3), Math.Round(central, 3), Math.Round(max, 3), direction, evidence);
        }).ToArray();
    }

    /// <summary>Extracellular 5-HT at steady state in the serotonin terminal under the state, ÷ its reference value.</summary>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each documented range. Default Central.</param>
    /// <returns>The ratio (1 = unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static double SerotoninRelative(HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(state), state);
        return HormoneModulation.ApplyTo(SerotoninTerminal.Default, state, estimate).SteadyState().Micromolar(SerotoninTerminal.Eht) / ReferenceSerotonin.Value;
    }

    /// <summary>Tonic GABA-A activation at the GABA model's steady state under the state, ÷ its reference value.</summary>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each documented range. Default Central.</param>
    /// <returns>The ratio (1 = unchanged).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static double TonicGabaARelative(HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(state), state);
        var model = HormoneModulation.ApplyTo(GabaTerminal.Default, state, estimate);
        return model.TonicActivation(model.SteadyState()) / ReferenceTonic.Value;
    }
}

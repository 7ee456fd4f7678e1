using NeuroBalance.Models.Hormones;
using NeuroBalance.Tables;

namespace NeuroBalance.Lessons;

/// <summary>Lesson 07's tables: the hormone layer's documented effects and the scenarios, with headers in words and units.</summary>
public static class HormoneTables
{
    /// <summary>Every documented hormone effect, one row each: the range of its multiplier, direction, species, evidence and source.</summary>
    /// <returns>The table.</returns>
    public static Table Effects() => Table.Of(
        "Documented hormone effects as multipliers (target with the hormone at its reference level ÷ target without it)",
        HormoneModulation.Effects,
        ("Hormone", e => e.Hormone),
        ("Target", e => e.Target.DisplayName()),
        ("Low end of range (×)", e => e.Low),
        ("High end of range (×)", e => e.High),
        ("Direction", e => e.Direction),
        ("Species", e => e.Species),
        ("Evidence", e => e.Evidence.ToString().ToLowerInvariant()),
        ("Source", e => e.Source?.ToString() ?? "citation to be added"));

    /// <summary>Every ready scenario: extracellular 5-HT with the low ends, the central values and the high ends of the effect ranges, and tonic GABA-A activation.</summary>
    /// <returns>The table.</returns>
    public static Table Scenarios() => Table.Of(
        "Hormone scenarios: steady-state extracellular 5-HT and GABA-A activation, relative to the reference state",
        HormoneScenario.All,
        ("Scenario", s => s.Name),
        ("5-HT, every effect at the low end of its range (× reference)", s => Math.Round(HormoneScenarioResponse.SerotoninRelative(s.State, EffectEstimate.Low), 2)),
        ("5-HT, central estimates (× reference)", s => Math.Round(HormoneScenarioResponse.SerotoninRelative(s.State), 2)),
        ("5-HT, every effect at the high end of its range (× reference)", s => Math.Round(HormoneScenarioResponse.SerotoninRelative(s.State, EffectEstimate.High), 2)),
        ("Tonic GABA-A activation (× reference)", s => Math.Round(HormoneScenarioResponse.TonicGabaARelative(s.State), 2)));

    /// <summary>What a hormone state does to each model target: the multiplier's lowest, central and highest value.</summary>
    /// <param name="scenario">The scenario, e.g. <c>HormoneScenario.Postpartum</c>.</param>
    /// <returns>The table.</returns>
    public static Table Profile(HormoneScenario scenario) => Table.Of(
        $"Multiplier on each model target in the scenario \"{scenario.Name}\" (× reference state)",
        HormoneScenarioResponse.TargetProfile(scenario.State),
        ("Target", r => r.Target.DisplayName()),
        ("Lowest (×)", r => Math.Round(r.Lowest, 2)),
        ("Central (×)", r => Math.Round(r.Central, 2)),
        ("Highest (×)", r => Math.Round(r.Highest, 2)),
        ("Direction", r => r.Direction),
        ("Evidence", r => r.Evidence));
}

namespace NeuroBalance.Models.Hormones;

/// <summary>One row of <see cref="HormoneScenarioResponse.TargetProfile"/>: the multiplier a hormone state puts on one target. Immutable.</summary>
/// <param name="Target">The model target.</param>
/// <param name="Lowest">The lowest multiplier over the ends of the documented ranges.</param>
/// <param name="Central">The multiplier with the central estimate of every range.</param>
/// <param name="Highest">The highest multiplier over the ends of the documented ranges.</param>
/// <param name="Direction">"up", "down" or "depends on the estimate" (the range spans 1).</param>
/// <param name="Evidence">The evidence levels of the effects behind it, e.g. "primate, rodent".</param>
public sealed record TargetMultiplierRow(ModulationTarget Target, double Lowest, double Central, double Highest, string Direction, string Evidence);

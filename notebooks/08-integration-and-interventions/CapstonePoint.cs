namespace NeuroBalance.Lessons;

/// <summary>One weekly-resolution time point of <see cref="CapstoneScenario.Simulate"/>. Immutable.</summary>
/// <param name="Week">Weeks since the start of the scenario (not since the intervention).</param>
/// <param name="AutoreceptorSensitivity">5-HT1A autoreceptor sensitivity relative to the reference: hormonal density × adaptation (density × (1 − desensitized)).</param>
/// <param name="Firing">Raphe firing relative to the reference.</param>
/// <param name="SerotoninOutput">Extracellular 5-HT in projection areas relative to the reference state (no hormone change, no intervention).</param>
public sealed record CapstonePoint(double Week, double AutoreceptorSensitivity, double Firing, double SerotoninOutput);

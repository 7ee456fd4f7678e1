namespace NeuroBalance.Lessons;

/// <summary>One row of <see cref="InterventionComparison.Rows"/>. Immutable.</summary>
/// <param name="Intervention">What was changed in the model, e.g. "Blood tryptophan × 2".</param>
/// <param name="Strategy">"Precursor or cofactor supply" or "Transport or receptor".</param>
/// <param name="Model">The model it was run in.</param>
/// <param name="Readout">What is compared, e.g. "extracellular 5-HT".</param>
/// <param name="Relative">The readout at the new steady state ÷ its basal value.</param>
/// <param name="Evidence">The evidence level of the model's numbers.</param>
public sealed record InterventionRow(string Intervention, string Strategy, string Model, string Readout, double Relative, string Evidence);

using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 04's computed values: the Hill equation with the GABA-A α1β2γ2L EC50 11.6 µM and Hill slope 2.2
/// (Jahn et al. 1997; in vitro); mass-action drug occupancy with the escitalopram K<sub>i</sub> of the serotonin
/// model and the SERT occupancy at minimum therapeutic SSRI doses (Meyer et al. 2004; human PET); the
/// operational model (Black &amp; Leff 1983; model); the D2 thresholds (Kapur et al. 2000; human PET). The
/// exercise file <c>exercises.yaml</c> names them, so no answer or number in a hint is typed twice.
/// </summary>
public sealed class ReleaseAndReceptors : ILessonCode
{
    /// <summary>Gets the GABA-A receptor's response, a cooperative (Hill) binding, from Jahn et al. 1997.</summary>
    public static ReceptorBinding GabaA { get; } = ReceptorBinding.WithHill("GABA-A α1β2γ2L", Concentration.FromMicromolar(11.6), 2.2);

    /// <summary>The GABA concentration of the Hill exercise as a fraction of the EC50 (half).</summary>
    public const double HalfEc50Fraction = 0.5;

    /// <summary>Gets an illustrative full agonist with a large receptor reserve (τ = 30).</summary>
    public static OperationalModel ReserveAgonist { get; } = OperationalModel.Create("full agonist", Concentration.FromNanomolar(100), 30);

    /// <summary>The higher SERT occupancy that the explanation compares with (90%).</summary>
    public const double HigherSertOccupancy = 0.9;

    /// <inheritdoc />
    public string Lesson => "04-release-and-receptors";

    /// <inheritdoc />
    public void Define(LessonValues values) => values
        // Hill steepness (GABA-A)
        .Add("gabaEc50", () => GabaA.HalfOccupancy)
        .Add("hillSlope", () => GabaA.HillCoefficient)
        .Add("halfFraction", () => HalfEc50Fraction)
        .Add("halfEc50", () => GabaA.HalfOccupancy * HalfEc50Fraction)
        .Add("hillAnswer", () => GabaA.OccupancyAt(GabaA.HalfOccupancy * HalfEc50Fraction))
        .Add("massActionAnswer", () => Occupancy.MassAction(GabaA.HalfOccupancy * HalfEc50Fraction, GabaA.HalfOccupancy))
        // Anticipated mistake (linear thinking): half the EC50 gives half of the half-maximal response.
        .Add("hillLinearAnswer", () => 0.5 * HalfEc50Fraction)

        // SERT occupancy (escitalopram)
        .Add("sertOccupancy", () => SertOccupancyFindings.MinimumTherapeuticDose.Value)
        .Add("sertOccupancyPercent", () => 100 * SertOccupancyFindings.MinimumTherapeuticDose.Value)
        .Add("sertFree", () => 1 - SertOccupancyFindings.MinimumTherapeuticDose.Value)
        .Add("escitalopramKi", () => SerotoninTerminal.EscitalopramKi)
        .Add("escitalopramKiNm", () => SerotoninTerminal.EscitalopramKi.Nanomolar)
        .Add("sertEighty", () => DrugOccupancy.ConcentrationFor(SertOccupancyFindings.MinimumTherapeuticDose.Value, SerotoninTerminal.EscitalopramKi))
        // Anticipated mistakes: Ki·θ (the "/(1 − θ)" forgotten) and Ki·(1 − θ)/θ (the fraction upside down).
        .Add("sertEightyKiTimesOccupancy", () => SerotoninTerminal.EscitalopramKi * SertOccupancyFindings.MinimumTherapeuticDose.Value)
        .Add("sertEightyUpsideDown", () => SerotoninTerminal.EscitalopramKi * ((1 - SertOccupancyFindings.MinimumTherapeuticDose.Value) / SertOccupancyFindings.MinimumTherapeuticDose.Value))
        .Add("sertEightyNm", () => DrugOccupancy.ConcentrationFor(SertOccupancyFindings.MinimumTherapeuticDose.Value, SerotoninTerminal.EscitalopramKi).Nanomolar)
        .Add("sertKiMultiple", () => KiMultiple(SertOccupancyFindings.MinimumTherapeuticDose.Value))
        .Add("higherSertOccupancyPercent", () => 100 * HigherSertOccupancy)
        .Add("higherKiMultiple", () => KiMultiple(HigherSertOccupancy))

        // Receptor reserve (operational model)
        .Add("reserveKa", () => ReserveAgonist.AgonistKd)
        .Add("tau", () => ReserveAgonist.Tau)
        .Add("twoPlusTau", () => 2 + ReserveAgonist.Tau)
        .Add("reserveOccupancy", () => ReserveAgonist.OccupancyAtEc50)
        .Add("reservePercent", () => 100 * ReserveAgonist.OccupancyAtEc50)
        .Add("sparePercent", () => 100 * (1 - ReserveAgonist.OccupancyAtEc50))
        .Add("reserveEc50Nm", () => ReserveAgonist.Ec50.Nanomolar)

        // D2 window
        .Add("d2Response", () => D2OccupancyThresholds.Response.Value)
        .Add("d2ResponsePercent", () => 100 * D2OccupancyThresholds.Response.Value)
        .Add("d2ResponseFree", () => 1 - D2OccupancyThresholds.Response.Value)
        .Add("d2Eps", () => D2OccupancyThresholds.ExtrapyramidalEffects.Value)
        .Add("d2EpsPercent", () => 100 * D2OccupancyThresholds.ExtrapyramidalEffects.Value)
        .Add("d2EpsFree", () => 1 - D2OccupancyThresholds.ExtrapyramidalEffects.Value)
        .Add("d2Window", () => D2OccupancyThresholds.WindowRatio);

    /// <summary>The free drug concentration, in multiples of K<sub>i</sub>, that gives an occupancy under mass action: θ/(1 − θ).</summary>
    /// <param name="occupancy">θ, from 0 to 1 (1 excluded).</param>
    /// <returns>[D]/K<sub>i</sub>.</returns>
    public static double KiMultiple(double occupancy) =>
        DrugOccupancy.ConcentrationFor(occupancy, Concentration.FromNanomolar(1)).Nanomolar;
}

using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson A4's computed values: binding of dopamine to tyrosine hydroxylase (TH) by the law of mass
/// action θ = [L]/([L] + K<sub>d</sub>) (Hulme &amp; Trevethick 2010), the low-affinity TH site
/// K<sub>d</sub> 90 nM (Gordon et al. 2008; in vitro), and the Best, Nijhout &amp; Reed 2009 dopamine
/// terminal for the tyrosine prediction. The exercise file <c>exercises.yaml</c> names them.
/// </summary>
public sealed class ExercisesTour : ILessonCode
{
    /// <summary>K<sub>d</sub> of the low-affinity dopamine site of TH (Gordon et al. 2008, purified enzyme).</summary>
    public static Concentration LowAffinityKd { get; } = Concentration.FromNanomolar(90);

    /// <summary>The free dopamine concentration of the occupancy prediction (chosen to illustrate).</summary>
    public static Concentration PredictionDopamine { get; } = Concentration.FromNanomolar(40);

    /// <inheritdoc />
    public string Lesson => "A4-exercises-tour";

    /// <inheritdoc />
    public void Define(LessonValues values) => values
        .Add("lowKd", () => LowAffinityKd)
        .Add("lowKdNm", () => LowAffinityKd.Nanomolar)
        .Add("dopamineNm", () => PredictionDopamine.Nanomolar)
        .Add("ninetyPercent", () => Occupancy.ConcentrationFor(0.9, LowAffinityKd))
        .Add("dopamine", () => PredictionDopamine)
        .Add("occupancyAt40", () => Occupancy.MassAction(PredictionDopamine, LowAffinityKd))
        .Add("bloodTyrosine", () => DopamineTerminal.DefaultBloodTyrosine)
        .Add("halfBloodTyrosine", () => DopamineTerminal.DefaultBloodTyrosine * 0.5)
        .Add("vesicularAfterHalfTyrosine", () => VesicularDopamineAfterTyrosineScaled(0.5))
        .AddFunction("occupancy", (Func<double, double, double>)((ligandNanomolar, kdNanomolar) =>
            Occupancy.MassAction(Concentration.FromNanomolar(ligandNanomolar), Concentration.FromNanomolar(kdNanomolar))));

    /// <summary>Vesicular dopamine at steady state with blood tyrosine scaled, as a fraction of the basal steady state.</summary>
    /// <param name="factor">The factor on blood tyrosine.</param>
    /// <returns>The fraction.</returns>
    public static double VesicularDopamineAfterTyrosineScaled(double factor)
    {
        var model = DopamineTerminal.Default;
        var basal = model.SteadyState().Micromolar(DopamineTerminal.Vda);
        return model.WithBloodTyrosine(model.BloodTyrosine * factor).SteadyState().Micromolar(DopamineTerminal.Vda) / basal;
    }
}

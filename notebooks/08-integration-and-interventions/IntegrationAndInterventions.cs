using NeuroBalance.Exercises;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 08's computed values: precursor versus transport in the serotonin terminal
/// (<see cref="InterventionComparison"/>), the illustrative serotonin–dopamine brake
/// (<see cref="SerotoninDopamineBrake"/>), GABA-A tone after delivery (<see cref="HormoneScenarioResponse"/>)
/// and the capstone (<see cref="CapstoneScenario"/>). The exercise file <c>exercises.yaml</c> names them;
/// no answer or number shown is typed there.
/// </summary>
public sealed class IntegrationAndInterventions : ILessonCode
{
    /// <summary>The capstone's question: postpartum state, SSRI from week 0, output at week 6.</summary>
    public const double CapstoneWeek = 6;

    /// <summary>The relative extracellular 5-HT of the brake exercise: 3 × baseline.</summary>
    public const double BrakeSerotonin = 3;

    /// <inheritdoc />
    public string Lesson => "08-integration-and-interventions";

    /// <summary>The capstone of the prediction exercise: postpartum state, SSRI from week 0.</summary>
    public static CapstoneScenario Capstone => CapstoneScenarioCache.Value;

    private static readonly Lazy<CapstoneScenario> CapstoneScenarioCache = new(() => CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.Ssri));

    /// <inheritdoc />
    public void Define(LessonValues values)
    {
        var serotonin = SerotoninTerminal.Default;
        var ssri = InterventionComparison.SsriConcentration;
        double Tryptophan() => InterventionComparison.SerotoninRelative(serotonin.TryptophanLoading());
        double Ssri() => InterventionComparison.SerotoninRelative(serotonin.AcuteSsri(ssri));
        double Brake(double s) => SerotoninDopamineBrake.DefaultMaxInhibition * s / (s + SerotoninDopamineBrake.DefaultHalfEffect);
        double Tone() => HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State);
        const double g = CapstoneScenario.DefaultFeedbackGain, b = CapstoneScenario.DefaultUptakeBlockFactor;
        double Adapted(double week) => Capstone.PointAtWeek(week).AutoreceptorSensitivity / Capstone.AutoreceptorDensity(week);
        values
            // 08-precursor-vs-ssri
            .Add("tryptophanEffect", Tryptophan)
            .Add("ssriEffect", Ssri)
            .Add("ssriNm", () => ssri.Nanomolar)
            .Add("ssriOccupancyPercent", () => 100 * serotonin.AcuteSsri(ssri).SertOccupancy)
            .Add("tphKm", () => serotonin.Parameters.Single(p => p.Symbol == "Km_TPH(trp)").Value)
            .Add("terminalTryptophan", () => serotonin.SteadyState().Micromolar(SerotoninTerminal.Trp))
            // 08-ssri-dopamine-brake
            .Add("brakeImax", () => SerotoninDopamineBrake.DefaultMaxInhibition)
            .Add("brakeK", () => SerotoninDopamineBrake.DefaultHalfEffect)
            .Add("brakeOnePlusK", () => 1 + SerotoninDopamineBrake.DefaultHalfEffect)
            .Add("brakeSerotonin", () => BrakeSerotonin)
            .Add("brakeSPlusK", () => BrakeSerotonin + SerotoninDopamineBrake.DefaultHalfEffect)
            .Add("brakeAtOne", () => Brake(1))
            .Add("brakeDenominator", () => 1 - Brake(1))
            .Add("brakeAtS", () => Brake(BrakeSerotonin))
            .Add("brakeNumerator", () => 1 - Brake(BrakeSerotonin))
            .Add("brakeRelease", () => SerotoninDopamineBrake.DopamineReleaseFactor(BrakeSerotonin))
            .Add("brakeCutPercent", () => 100 * (1 - SerotoninDopamineBrake.DopamineReleaseFactor(BrakeSerotonin)))
            // 08-postpartum-gaba-tone
            .Add("postpartumAllo", () => HormoneScenario.Postpartum.State.Allopregnanolone)
            .Add("hillSlope", () => GabaTerminal.GabaAHillSlope)
            .Add("postpartumGabaTone", Tone)
            .Add("excitationInhibitionRise", () => 1 / Tone())
            // 08-firing-brake-code
            .Add("feedbackGain", () => g)
            .Add("onePlusGain", () => 1 + g)
            .Add("uptakeBlock", () => b)
            .Add("firingDayOne", () => CapstoneScenario.Firing(1, 1, b))
            .Add("postpartumHtr1a", () => HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Postpartum.State))
            .AddFunction("firing", (Func<double, double, double, double>)((a, s, block) => CapstoneScenario.Firing(a, s, block)))
            // 08-capstone-postpartum-ssri
            .Add("capstoneWeek", () => CapstoneWeek)
            .Add("capstoneH", () => Capstone.HormoneBaseline)
            .Add("adaptationTauDays", () => ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value.RegulationTime.Days)
            .Add("firingWeek0", () => CapstoneScenario.Firing(Capstone.AutoreceptorDensity(0), 1, b))
            .Add("adaptedSensitivity", () => Adapted(CapstoneWeek))
            .Add("firingAtWeek", () => Capstone.PointAtWeek(CapstoneWeek).Firing)
            .Add("capstoneOutput", () => Capstone.OutputAtWeek(CapstoneWeek))
            .Add("hormoneAloneOutput", () => CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.None).OutputAtWeek(CapstoneWeek))
            .Add("capstoneOutputFirstHours", () => Capstone.OutputAtWeek(6.0 / (24 * 7)));
    }
}

using NeuroBalance.Exercises;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 03's computed values: Michaelis–Menten saturation v/V<sub>max</sub> = [S]/(K<sub>m</sub> + [S]) with the
/// TPH and TH constants of the terminal models (<see cref="SynthesisEnzymes"/>; Best et al. 2010 code, Best et al.
/// 2009; model), and the steady-state synthesis response of <see cref="SerotoninTerminal"/> and
/// <see cref="DopamineTerminal"/> to their blood precursor (<see cref="PrecursorResponse"/>). The exercise file
/// <c>exercises.yaml</c> names them, so no answer or number in a hint is typed twice.
/// </summary>
public sealed class Synthesis : ILessonCode
{
    /// <summary>Cytosolic tryptophan used in the saturation exercise: about the serotonin model's basal steady state (20 µM).</summary>
    public static Concentration BrainTryptophan { get; } = Concentration.FromMicromolar(20);

    /// <summary>The blood precursor factor of the two meal predictions (doubled).</summary>
    public const double MealFactor = 2;

    /// <inheritdoc />
    public string Lesson => "03-synthesis";

    /// <inheritdoc />
    public void Define(LessonValues values) => values
        .Add("tphKm", () => SynthesisEnzymes.Tph.Value.Km)
        .Add("tphKmUm", () => SynthesisEnzymes.Tph.Value.Km.Micromolar)
        .Add("thKm", () => SynthesisEnzymes.Th.Value.Km)
        .Add("thKmUm", () => SynthesisEnzymes.Th.Value.Km.Micromolar)
        .Add("tryptophan", () => BrainTryptophan)
        .Add("tryptophanUm", () => BrainTryptophan.Micromolar)
        .Add("tphKmPlusTryptophanUm", () => SynthesisEnzymes.Tph.Value.Km.Micromolar + BrainTryptophan.Micromolar)
        .Add("tphSaturation", () => SynthesisEnzymes.Saturation(SynthesisEnzymes.Tph.Value, BrainTryptophan))
        .Add("cytosolicTyrosine", () => Concentration.FromMicromolar(CytosolicTyrosineMicromolar()))
        .Add("cytosolicTyrosineUm", CytosolicTyrosineMicromolar)
        .Add("tphDoublingGain", () => DoublingGain(BrainTryptophan.Micromolar, SynthesisEnzymes.Tph.Value.Km.Micromolar))
        .Add("thDoublingGain", () => DoublingGain(CytosolicTyrosineMicromolar(), SynthesisEnzymes.Th.Value.Km.Micromolar))
        .Add("tryptophanTransportKm", () => Concentration.FromMicromolar(Parameter(SerotoninTerminal.Default, "Km_in")))
        .Add("thTyrosineKi", () => Concentration.FromMicromolar(Parameter(DopamineTerminal.Default, "Ki_tyr")))
        .Add("mealFactor", () => MealFactor)
        .Add("tryptophanMeal", () => PrecursorResponse.SerotoninSynthesis(MealFactor))
        .Add("tryptophanMealRisePercent", () => 10 * Math.Round(10 * (PrecursorResponse.SerotoninSynthesis(MealFactor) - 1)))
        .Add("tyrosineMeal", () => PrecursorResponse.DopamineSynthesis(MealFactor))
        .AddFunction("doublingGain", (Func<double, double, double>)DoublingGain);

    /// <summary>v(2S)/v(S) of a Michaelis–Menten step, computed with <see cref="MichaelisMenten"/>.</summary>
    /// <param name="substrate">[S], in µM.</param>
    /// <param name="km">K<sub>m</sub>, in µM.</param>
    /// <returns>The gain from doubling the substrate.</returns>
    public static double DoublingGain(double substrate, double km)
    {
        var step = MichaelisMenten.Create("step", ConcentrationRate.FromMicromolarPerHour(1), Concentration.FromMicromolar(km));
        var s = Concentration.FromMicromolar(substrate);
        return step.RateAt(s * 2) / step.RateAt(s);
    }

    /// <summary>The dopamine model's basal cytosolic tyrosine, rounded to whole µM (about 126 µM).</summary>
    private static double CytosolicTyrosineMicromolar() => Math.Round(PrecursorResponse.CytosolicTyrosine(1).Micromolar);

    private static double Parameter(TerminalModel model, string symbol) => model.Parameters.Single(p => p.Symbol == symbol).Value;
}

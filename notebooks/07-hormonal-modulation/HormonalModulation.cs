using NeuroBalance.Exercises;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 07's computed values: allopregnanolone at GABA-A receptors (<see cref="GabaTerminal.GabaAActivation"/>),
/// the estradiol effect on SERT and the T3 effect on 5-HT1A density (<see cref="HormoneModulation"/>), and the
/// postpartum serotonin terminal (<see cref="HormoneScenarioResponse"/>). The exercise file
/// <c>exercises.yaml</c> names them; no answer or number shown is typed there.
/// </summary>
public sealed class HormonalModulation : ILessonCode
{
    /// <summary>The ambient GABA of the activation-ratio exercise: 1 µM, inside the 0.2–2.5 µM range reviewed by Glykys &amp; Mody 2007.</summary>
    public static Concentration AmbientGaba { get; } = Concentration.FromMicromolar(1);

    /// <summary>The allopregnanolone concentration of the GABA-A exercises: 100 nM.</summary>
    public static Concentration Allopregnanolone { get; } = Concentration.FromNanomolar(100);

    /// <inheritdoc />
    public string Lesson => "07-hormonal-modulation";

    /// <inheritdoc />
    public void Define(LessonValues values)
    {
        var sert = HormoneModulation.EffectsOn(ModulationTarget.SertDensity).Single(e => e.Hormone == Hormone.Estradiol);
        var tph2 = HormoneModulation.EffectsOn(ModulationTarget.Tph2Expression).Single(e => e.Hormone == Hormone.Estradiol);
        var t3OnHtr1a = HormoneModulation.EffectsOn(ModulationTarget.Htr1aDensity).Single(e => e.Hormone == Hormone.T3);
        var hypothyroidT3 = HormoneScenario.Hypothyroid.State.T3;
        values
            .Add("ambientGaba", () => AmbientGaba)
            .Add("ambientGabaUm", () => AmbientGaba.Micromolar)
            .Add("allopregnanolone", () => Allopregnanolone)
            .Add("alloNm", () => Allopregnanolone.Nanomolar)
            .Add("gabaAEc50", () => GabaTerminal.GabaAEc50)
            .Add("gabaAEc50Um", () => GabaTerminal.GabaAEc50.Micromolar)
            .Add("hillSlope", () => GabaTerminal.GabaAHillSlope)
            .Add("alloMaxShift", () => GabaTerminal.AllopregnanoloneMaxShift)
            .Add("alloHalfEffect", () => GabaTerminal.AllopregnanoloneHalfEffect)
            .Add("alloFraction", () => AllopregnanoloneFraction(Allopregnanolone))
            .Add("alloShift", () => Ec50Divisor(Allopregnanolone))
            .Add("lowGabaGain", () => Math.Pow(Ec50Divisor(Allopregnanolone), GabaTerminal.GabaAHillSlope))
            .Add("alloActivationRatio", () => GabaTerminal.GabaAActivation(AmbientGaba, allopregnanolone: Allopregnanolone) / GabaTerminal.GabaAActivation(AmbientGaba))
            .Add("alloEc50", () => HalfActivatingGaba(Allopregnanolone))
            // Anticipated mistake for 07-allo-ec50: the EC50 multiplied by the shift instead of divided.
            .Add("alloEc50Multiplied", () => GabaTerminal.GabaAEc50 * Ec50Divisor(Allopregnanolone))
            .Add("sertLow", () => sert.Low)
            .Add("sertHigh", () => sert.High)
            .Add("sertDirection", () => sert.Direction)
            .Add("tph2EstradiolHigh", () => tph2.High)
            .Add("postpartumSerotonin", () => HormoneScenarioResponse.SerotoninRelative(HormoneScenario.Postpartum.State))
            .Add("postpartumSerotoninDropPercent", () => 100 * (1 - HormoneScenarioResponse.SerotoninRelative(HormoneScenario.Postpartum.State)))
            .Add("postpartumSerotoninLow", () => HormoneScenarioResponse.SerotoninRelative(HormoneScenario.Postpartum.State, EffectEstimate.Low))
            .Add("postpartumSerotoninHigh", () => HormoneScenarioResponse.SerotoninRelative(HormoneScenario.Postpartum.State, EffectEstimate.High))
            .Add("hypothyroidT3", () => hypothyroidT3)
            .Add("t3Htr1aLow", () => t3OnHtr1a.Low)
            .Add("t3Htr1aHigh", () => t3OnHtr1a.High)
            .Add("t3Htr1aFold", () => t3OnHtr1a.Fold(EffectEstimate.Central))
            .Add("hypothyroidSaturation", () => Saturation(t3OnHtr1a, hypothyroidT3))
            .Add("saturationK", () => SaturationConstant(t3OnHtr1a, hypothyroidT3))
            .Add("saturationOnePlusK", () => 1 + SaturationConstant(t3OnHtr1a, hypothyroidT3))
            .Add("hypothyroidHtr1a", () => HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State))
            .Add("hypothyroidHtr1aPercent", () => 100 * (HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State) - 1));
    }

    /// <summary>The fraction a/(a + K) of the maximal EC50 shift that an allopregnanolone concentration gives in the GABA model.</summary>
    /// <param name="allopregnanolone">The allopregnanolone concentration.</param>
    /// <returns>The fraction, 0 to 1.</returns>
    public static double AllopregnanoloneFraction(Concentration allopregnanolone) =>
        allopregnanolone.Nanomolar / (allopregnanolone.Nanomolar + GabaTerminal.AllopregnanoloneHalfEffect.Nanomolar);

    /// <summary>The factor by which allopregnanolone divides the GABA-A EC50: 1 + (max shift − 1)·a/(a + K).</summary>
    /// <param name="allopregnanolone">The allopregnanolone concentration.</param>
    /// <returns>The divisor.</returns>
    public static double Ec50Divisor(Concentration allopregnanolone) =>
        1 + ((GabaTerminal.AllopregnanoloneMaxShift - 1) * AllopregnanoloneFraction(allopregnanolone));

    /// <summary>The GABA concentration at which <see cref="GabaTerminal.GabaAActivation"/> is 0.5, found by bisection on a log scale (the model's EC50 with the modulator).</summary>
    /// <param name="allopregnanolone">The allopregnanolone concentration.</param>
    /// <returns>The half-activating GABA concentration.</returns>
    public static Concentration HalfActivatingGaba(Concentration allopregnanolone)
    {
        double lo = Math.Log(1e-3), hi = Math.Log(1e4);
        for (var i = 0; i < 100; i++)
        {
            var mid = (lo + hi) / 2;
            if (GabaTerminal.GabaAActivation(Concentration.FromMicromolar(Math.Exp(mid)), allopregnanolone: allopregnanolone) < 0.5)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Concentration.FromMicromolar(Math.Exp((lo + hi) / 2));
    }

    /// <summary>The exponent s(L) of a hormone effect at a relative level, read back from the layer's multiplier: m = F^(s − 1).</summary>
    private static double Saturation(HormoneEffect effect, double level) =>
        1 + (Math.Log(effect.MultiplierAt(level)) / Math.Log(effect.Fold(EffectEstimate.Central)));

    /// <summary>The layer's saturation constant K, from s(L) = (1 + K)·L/(L + K) solved for K.</summary>
    private static double SaturationConstant(HormoneEffect effect, double level)
    {
        var s = Saturation(effect, level);
        return level * (1 - s) / (s - level);
    }
}

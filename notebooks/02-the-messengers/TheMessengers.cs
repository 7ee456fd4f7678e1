using NeuroBalance.Content;
using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 02's computed values, every one read from the knowledge base (<see cref="ContentValues"/>):
/// the 5-HT2A K<sub>d</sub> of serotonin (from its pK<sub>d</sub>), the GABA-A α1β2γ2L EC<sub>50</sub> and
/// Hill slope for GABA, and the ambient GABA range. The exercise file <c>exercises.yaml</c> names them.
/// </summary>
/// <remarks>
/// Sources (keys in <c>references.yaml</c>): 5-HT2A pKd 8.9 (alexander2019; in vitro); GABA-A EC50 and
/// Hill slope (jahn1997; in vitro); ambient GABA (glykys2007; rodent). The correct choices of the two
/// multiple-choice exercises are checked against the knowledge base by the lesson's tests
/// (receptor kinds, the GABA synthesis pathway).
/// </remarks>
public sealed class TheMessengers : ILessonCode
{
    /// <summary>Gets the 5-HT2A K<sub>d</sub> of serotonin; null (the default) reads it from the knowledge base.</summary>
    public Concentration? SerotoninKd { get; init; }

    /// <summary>Gets the GABA-A EC<sub>50</sub> of GABA; null (the default) reads it from the knowledge base.</summary>
    public Concentration? GabaEc50 { get; init; }

    /// <summary>Gets the GABA-A Hill slope for GABA; null (the default) reads it from the knowledge base.</summary>
    public double? GabaHillSlope { get; init; }

    /// <summary>Gets the ambient GABA range (low, high); null (the default) reads it from the knowledge base.</summary>
    public (Concentration Low, Concentration High)? AmbientGaba { get; init; }

    /// <inheritdoc />
    public string Lesson => "02-the-messengers";

    /// <inheritdoc />
    public void Define(LessonValues values)
    {
        Concentration Kd() => SerotoninKd ?? ContentValues.ReceptorConstant("5-HT2A", "serotonin").Low;
        Concentration Ec50() => GabaEc50 ?? ContentValues.ReceptorConstant("GABA-A", "GABA").Low;
        double Hill() => GabaHillSlope ?? ContentValues.HillSlope("GABA-A", "GABA");
        (Concentration Low, Concentration High) Ambient() =>
            AmbientGaba ?? (ContentValues.Level("GABA").Low, ContentValues.Level("GABA").High);
        double Activation() => Occupancy.Hill(Ambient().High, Ec50(), Hill());

        values
            // 02-pkd-to-kd: Kd = 10^(−pKd) M, so pKd = 9 − log10(Kd in nM).
            .Add("serotoninKd", Kd)
            .Add("serotoninKdNm", () => Kd().Nanomolar)
            .Add("serotoninPkd", () => 9 - Math.Log10(Kd().Nanomolar))

            // 02-predict-ambient-gaba: the Hill equation at the top of the ambient range.
            .Add("gabaEc50", Ec50)
            .Add("gabaEc50Um", () => Ec50().Micromolar)
            .Add("gabaHill", Hill)
            .Add("ambientLow", () => Ambient().Low)
            .Add("ambientHigh", () => Ambient().High)
            .Add("ambientHighUm", () => Ambient().High.Micromolar)
            .Add("ambientActivation", Activation)
            .Add("ambientActivationPercent", () => 100 * Activation())

            // Anticipated mistake (linear thinking): half the response at the EC50, so a straight line
            // from zero gives 0.5 · [GABA]/EC50; the steep Hill curve gives far less.
            .Add("ambientActivationLinear", () => 0.5 * (Ambient().High / Ec50()));
    }
}

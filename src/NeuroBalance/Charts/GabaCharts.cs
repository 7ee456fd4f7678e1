using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Charts;

/// <summary>Learner-facing charts of the GABA terminal (illustrative estimates) and the GABA-A response.</summary>
public static class GabaCharts
{
    /// <summary>Ambient (extracellular) GABA over a week after each intervention starts: B6 deficiency, GAT-1 block, GABA-T block.</summary>
    /// <param name="duration">How long to follow; default 7 days.</param>
    /// <returns>The figure.</returns>
    public static Figure Interventions(Duration? duration = null)
    {
        var span = duration ?? Duration.FromDays(7);
        var basal = GabaTerminal.Default;
        Series Run(GabaTerminal changed, string name) => Series.Of(basal.Respond(changed, span, 169)[GabaTerminal.GabaExt], name);
        return new Figure(
            "GABA terminal: ambient GABA after an intervention",
            FormattableString.Invariant($"Ambient GABA starts at the model's 0.8 µM (the 0.2–2.5 µM range reviewed by {References.Cite("glykys2007").Label}). B6 deficiency (30% of normal) slows GAD and lowers it; ") +
            "blocking GAT-1 or GABA-T (to 20%) raises it. All kinetic constants are illustrative estimates: read directions, not numbers. Education, not medical advice.",
            new Axis("Time after the change", "h"),
            new Axis("Ambient GABA", "µM"),
            [
                Run(basal, "No change"),
                Run(basal.WithVitaminB6(0.3), "Vitamin B6 at 30%"),
                Run(basal.WithGat1Scale(0.2), "GAT-1 at 20% (tiagabine-like)"),
                Run(basal.WithGabaTScale(0.2), "GABA-T at 20% (vigabatrin-like)"),
            ]);
    }

    /// <summary>GABA-A activation against GABA (log scale) for several allopregnanolone concentrations.</summary>
    /// <param name="allopregnanolone">Allopregnanolone concentrations, one curve each; default 0, 10, 100 and 1000 nM.</param>
    /// <returns>The figure.</returns>
    public static Figure GabaAResponse(params Concentration[] allopregnanolone)
    {
        var levels = allopregnanolone is { Length: > 0 } ? allopregnanolone : [Concentration.Zero, Concentration.FromNanomolar(10), Concentration.FromNanomolar(100), Concentration.FromNanomolar(1000)];
        var gaba = Grid.LogSpaced(0.1, 1000, 121);
        var series = levels.Select(a => new Series(
            a == Concentration.Zero ? "No allopregnanolone" : FormattableString.Invariant($"Allopregnanolone {a}"),
            gaba,
            gaba.Select(g => GabaTerminal.GabaAActivation(Concentration.FromMicromolar(g), allopregnanolone: a))));
        return new Figure(
            "GABA-A receptor: response to GABA, and allopregnanolone as a positive allosteric modulator",
            FormattableString.Invariant($"Fraction of α1β2γ2L GABA-A receptors activated (Hill equation, EC50 {GabaTerminal.GabaAEc50}, slope {GabaTerminal.GabaAHillSlope}; recombinant receptors, in vitro). ") +
            FormattableString.Invariant($"Allopregnanolone shifts the curve to the left, so the same GABA gives more inhibition; the size of the shift here is illustrative ({References.Cite("carver2013").Label})."),
            new Axis("GABA", "µM", AxisScale.Log),
            new Axis("GABA-A activation", "fraction of receptors"),
            series);
    }
}

using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Internal;
using NeuroBalance.Content;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Comparison charts of the messengers of lesson 02 (serotonin, dopamine, GABA, glutamate). Every number
/// is read from the knowledge base through <see cref="ContentValues"/>, with its sources; nothing is typed in.
/// Part of lesson 02's unit (<c>notebooks/02-the-messengers/</c>).
/// </summary>
public static class MessengerCharts
{
    /// <summary>The messengers on the rows of <see cref="ConcentrationLadder"/>, bottom to top.</summary>
    public static IReadOnlyList<string> LadderRows { get; } = ["serotonin", "dopamine", "GABA", "glutamate"];

    /// <summary>
    /// Response against transmitter concentration (log scale) for the two receptors with a sourced
    /// constant in the knowledge base, 5-HT2A (serotonin, pKd; mass action) and GABA-A (GABA, EC50 and
    /// Hill slope; Hill equation), with the measured basal serotonin and the ambient GABA range marked.
    /// </summary>
    /// <returns>A figure with a log x axis in nM and the fraction of receptors bound or activated on y.</returns>
    public static Figure ReceptorResponses()
    {
        var ht2a = ContentValues.ReceptorConstant("5-HT2A", "serotonin");
        var gabaA = ContentValues.ReceptorConstant("GABA-A", "GABA");
        var hill = ContentValues.HillSlope("GABA-A", "GABA");
        var serotonin = ContentValues.Level("serotonin");
        var gaba = ContentValues.Level("GABA");
        var x = Grid.LogSpaced(0.01, 1e6, 161);
        return new Figure(
            "Receptor sensitivity: serotonin at 5-HT2A versus GABA at GABA-A",
            $"Fraction of 5-HT2A receptors bound by serotonin (mass action, Kd {ht2a.Low}, {ht2a.Sources}; an agonist radioligand measures the high-affinity, G-protein-coupled state, so the whole receptor population binds serotonin less tightly) and of GABA-A receptors activated by GABA " +
            $"(Hill equation, EC50 {gabaA.Low}, slope {hill.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}, {gabaA.Sources}), on a log scale; the vertical marks are basal serotonin ({serotonin.Low}, {serotonin.Sources}) " +
            $"and the ambient GABA range ({gaba.Low}–{gaba.High}, {gaba.Sources}). The half-activation constants differ about {1000 * Math.Round(gabaA.Low.Nanomolar / ht2a.Low.Nanomolar / 1000)}-fold.",
            new Axis("Transmitter concentration", "nM", AxisScale.Log),
            new Axis("Receptors bound or activated", "fraction"),
            [
                new Series($"5-HT2A, serotonin (Kd {ht2a.Low}, high-affinity state)", x, x.Select(c => Occupancy.MassAction(Concentration.FromNanomolar(c), ht2a.Low))),
                new Series($"GABA-A α1β2γ2L, GABA (EC50 {gabaA.Low}, n = {hill.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)})", x, x.Select(c => Occupancy.Hill(Concentration.FromNanomolar(c), gabaA.Low, hill))),
                new Series($"Basal extracellular serotonin ({serotonin.Low})", [serotonin.Low.Nanomolar, serotonin.Low.Nanomolar], [0, 1]),
                new Series($"Ambient GABA ({gaba.Low}–{gaba.High})", [gaba.Low.Nanomolar, gaba.Low.Nanomolar, gaba.High.Nanomolar, gaba.High.Nanomolar], [0, 1, 1, 0]),
            ]);
    }

    /// <summary>
    /// A ladder of concentrations on one log axis: each messenger's measured (or modelled) level and, where
    /// the knowledge base has one, its receptor's half-activation constant. Rows, bottom to top, follow
    /// <see cref="LadderRows"/>; a single value is a short vertical tick, a range a box.
    /// </summary>
    /// <returns>A figure with a log x axis in nM and the messenger row on y.</returns>
    public static Figure ConcentrationLadder()
    {
        var entries = new (int Row, string Name, SourcedConcentration Value)[]
        {
            (1, "Serotonin: basal extracellular", ContentValues.Level("serotonin")),
            (1, "Serotonin: 5-HT2A Kd, high-affinity state", ContentValues.ReceptorConstant("5-HT2A", "serotonin")),
            (2, "Dopamine: basal extracellular (model)", ContentValues.Level("dopamine")),
            (3, "GABA: ambient range", ContentValues.Level("GABA")),
            (3, "GABA: GABA-A EC50", ContentValues.ReceptorConstant("GABA-A", "GABA")),
            (4, "Glutamate: peak in the synaptic cleft", ContentValues.Level("glutamate")),
        };
        var series = entries
            .Select(e => Mark($"{e.Name} ({Describe(e.Value)}; {NeuroBalance.Content.Loading.EvidenceNames.Display(e.Value.Sources.Evidence)})", e.Row, e.Value))
            .Append(RowGuides());
        return new Figure(
            "Where each messenger works: a ladder of concentrations",
            "Measured or modelled transmitter levels and receptor half-activation constants from the course knowledge base, on one log axis " +
            "(row 1 serotonin, 2 dopamine, 3 GABA, 4 glutamate). Compare like with like: rows 1 to 3 show ambient (extracellular, outside synapses) levels, " +
            "nanomolar for the monoamines and micromolar for GABA; row 4 is a different kind of quantity, the brief (about a millisecond) peak of glutamate in the cleft after a release, " +
            "so it is not comparable with the ambient levels. The dopamine level is a model value, serotonin levels depend strongly on the measuring method, " +
            "and the 5-HT2A Kd is that of the high-affinity (agonist-labelled) state.",
            new Axis("Concentration", "nM", AxisScale.Log),
            new Axis("Messenger", "row: 1 serotonin, 2 dopamine, 3 GABA, 4 glutamate"),
            series);
    }

    /// <summary>Dotted guide lines along each row, from 0.1 nM to 10 mM, so that no mark sits on the edge of the plot.</summary>
    private static Series RowGuides()
    {
        const double from = 0.1, to = 1e7;
        double[] x = [from, to, to, from, from, to, to, from];
        double[] y = [1, 1, 2, 2, 3, 3, 4, 4];
        return new Series("Row guides (0.1 nM to 10 mM)", x, y);
    }

    private static string Describe(SourcedConcentration value) => value.IsRange ? $"{value.Low}–{value.High}" : value.Low.ToString();

    private static Series Mark(string name, int row, SourcedConcentration value)
    {
        const double half = 0.3;
        var (lo, hi) = (value.Low.Nanomolar, value.High.Nanomolar);
        return value.IsRange
            ? new Series(name, [lo, lo, hi, hi, lo], [row - half, row + half, row + half, row - half, row - half])
            : new Series(name, [lo, lo], [row - half, row + half]);
    }

}

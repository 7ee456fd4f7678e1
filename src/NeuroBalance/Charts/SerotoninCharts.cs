using System.Globalization;
using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Charts;

/// <summary>Learner-facing charts of the serotonin terminal (structure of Best, Nijhout &amp; Reed 2010).</summary>
public static class SerotoninCharts
{
    /// <summary>
    /// 5-HT synthesis and extracellular 5-HT (percent of basal) against blood tryptophan, with and without
    /// autoreceptor feedback; the dopamine terminal's synthesis against blood tyrosine for contrast.
    /// </summary>
    /// <param name="points">Points per curve. Range: 2 to 200. Default 25.</param>
    /// <returns>The figure.</returns>
    public static Figure PrecursorSensitivity(int points = 25)
    {
        Preconditions.CheckRange(nameof(points), points, 2, 200);
        var factors = Grid.LogSpaced(0.25, 4, points);
        var ht = SerotoninTerminal.Default;
        var open = ht.WithAutoreceptorGain(0);
        var htBasal = ht.SteadyState();
        var da = DopamineTerminal.Default;
        var daBasal = da.ThRate(da.SteadyState());
        var synthesis = new double[points];
        var ehtOn = new double[points];
        var ehtOff = new double[points];
        var daSynthesis = new double[points];
        for (var i = 0; i < points; i++)
        {
            var m = ht.WithBloodTryptophan(ht.BloodTryptophan * factors[i]);
            var s = m.SteadyState();
            synthesis[i] = 100 * (m.SynthesisRate(s) / ht.SynthesisRate(htBasal));
            ehtOn[i] = 100 * s.Micromolar(SerotoninTerminal.Eht) / htBasal.Micromolar(SerotoninTerminal.Eht);
            ehtOff[i] = 100 * open.WithBloodTryptophan(ht.BloodTryptophan * factors[i]).SteadyState().Micromolar(SerotoninTerminal.Eht) / htBasal.Micromolar(SerotoninTerminal.Eht);
            var d = da.WithBloodTyrosine(da.BloodTyrosine * factors[i]);
            daSynthesis[i] = 100 * (d.ThRate(d.SteadyState()) / daBasal);
        }

        return new Figure(
            "Precursor supply: serotonin synthesis follows tryptophan, dopamine synthesis ignores tyrosine",
            "Steady states as blood tryptophan (or tyrosine, for dopamine) is scaled from a quarter to four times normal. " +
            "5-HT synthesis rises and falls with tryptophan; autoreceptor feedback slightly damps the change in extracellular 5-HT; DA synthesis barely moves. " +
            FormattableString.Invariant($"Models: {References.Cite("best2009").Label} and the {References.Cite("best2010").Label} structure (evidence level: model)."),
            new Axis("Blood precursor", "× normal", AxisScale.Log),
            new Axis("Steady-state value", "% of basal"),
            [
                new Series("5-HT synthesis (TPH)", factors, synthesis),
                new Series("Extracellular 5-HT, feedback on", factors, ehtOn),
                new Series("Extracellular 5-HT, feedback off", factors, ehtOff),
                new Series("DA synthesis (TH), vs tyrosine", factors, daSynthesis),
            ]);
    }

    /// <summary>
    /// Extracellular 5-HT after an SSRI starts: acute (autoreceptors active), with the feedback removed, and
    /// sustained (autoreceptors desensitised, illustrative gain 0.3).
    /// </summary>
    /// <param name="ssri">Free SSRI (escitalopram) concentration; default 100 nM (about 78% SERT occupancy). Range: 0 to 100 µM.</param>
    /// <param name="duration">How long to follow; default 48 h.</param>
    /// <returns>The figure.</returns>
    public static Figure SsriResponse(Concentration? ssri = null, Duration? duration = null)
    {
        var dose = ssri ?? Concentration.FromNanomolar(100);
        var span = duration ?? Duration.FromHours(48);
        var basal = SerotoninTerminal.Default;
        Series Run(SerotoninTerminal changed, string name)
        {
            var eht = basal.Respond(changed, span, 241)[SerotoninTerminal.Eht].Scaled(1e3, "nM");
            return Series.Of(eht, name);
        }

        static string Nm(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
        var acute = basal.AcuteSsri(dose);
        var acuteLine = Run(acute, "Acute SSRI (autoreceptors active)");
        var openLine = Run(basal.WithAutoreceptorGain(0).WithSsri(dose), "SSRI, no autoreceptor feedback");
        var sustainedLine = Run(basal.SustainedSsri(dose), "Sustained SSRI (desensitised autoreceptors)");
        var before = 1e3 * basal.SteadyState().Micromolar(SerotoninTerminal.Eht);
        var times = acuteLine.X;
        var baseline = new Series("Baseline before the SSRI (reference)", times, times.Select(_ => before));
        Series[] lines = [acuteLine, openLine, sustainedLine];
        var peaks = string.Join(", ", lines.Select(l => FormattableString.Invariant($"{Nm(l.Y.Max())} nM ({l.Name.Split(' ', 2)[0] switch { "Acute" => "acute", "Sustained" => "sustained", _ => "no feedback" }})")));
        var ends = string.Join(" / ", lines.Select(l => Nm(l.Y[^1])));
        return new Figure(
            FormattableString.Invariant($"Serotonin terminal: extracellular 5-HT after an SSRI ({dose}, {100 * acute.SertOccupancy:F0}% SERT occupancy)"),
            FormattableString.Invariant($"Blocking SERT raises extracellular 5-HT at once above the baseline of {Nm(before)} nM (dashed line). Early peaks: {peaks}; with autoreceptors active the early rise is {100 * (acuteLine.Y.Max() - before) / (openLine.Y.Max() - before):F0}% of the rise without feedback. ") +
            FormattableString.Invariant($"Over hours the rise shrinks because 5-HT that is not taken back is lost and vesicular stores fall: by {span.Hours:F0} h the three lines have converged ") +
            FormattableString.Invariant($"(acute / no feedback / sustained: {ends} nM), still above baseline. In this model desensitising the autoreceptors (the 'sustained' line, an illustrative stand-in for weeks of treatment) ") +
            "changes the early rise, not the level reached after two days. Education, not medical advice.",
            new Axis("Time after the SSRI starts", "h"),
            new Axis("Extracellular 5-HT", "nM"),
            [acuteLine, baseline, openLine, sustainedLine]);
    }
}

using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Internal;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>Learner-facing charts of lesson 07: hormone scenarios (menstrual cycle) and allopregnanolone at GABA-A receptors.</summary>
public static class HormoneScenarioCharts
{
    private static readonly ModulationTarget[] CycleTargets =
        [ModulationTarget.Tph2Expression, ModulationTarget.SertDensity, ModulationTarget.Htr1aDensity, ModulationTarget.MaoA, ModulationTarget.GabaASensitivity];

    /// <summary>
    /// The multiplier on TPH2, SERT, 5-HT1A, MAO-A and GABA-A sensitivity across an illustrative 28-day
    /// cycle (<see cref="MenstrualCycle"/>), with one end of every documented range.
    /// </summary>
    /// <param name="estimate">Which end of each documented range. Default Central.</param>
    /// <param name="pointsPerDay">Samples per day. Range: 1 to 10. Default 2.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="pointsPerDay"/> is out of range.</exception>
    public static Figure CycleMultipliers(EffectEstimate estimate = EffectEstimate.Central, int pointsPerDay = 2)
    {
        Preconditions.CheckRange(nameof(pointsPerDay), pointsPerDay, 1, 10);
        var n = (int)MenstrualCycle.LengthDays * pointsPerDay;
        var days = Enumerable.Range(0, n + 1).Select(i => MenstrualCycle.LengthDays * i / n).ToArray();
        var states = days.Select(MenstrualCycle.StateOnDay).ToArray();
        var series = CycleTargets.Select(t => new Series(
            $"{t.DisplayName()} ({string.Join(", ", HormoneModulation.EffectsOn(t).Select(e => e.Evidence.ToString().ToLowerInvariant()).Distinct())})",
            days,
            states.Select(s => HormoneModulation.Multiplier(t, s, estimate))));
        return new Figure(
            $"An illustrative menstrual cycle through the hormone layer ({estimate} estimates)",
            "Multiplier on each model target across a 28-day cycle (day 0 = first day of menses; estradiol peaks before ovulation near day 13, progesterone and allopregnanolone after it). " +
            "The hormone levels are illustrative and the multipliers come from the documented ranges, many from macaque or rodent studies (legend: evidence level); SERT's direction depends on region. Education, not medical advice.",
            new Axis("Cycle day", "day"),
            new Axis("Multiplier on the target", "× reference state"),
            series);
    }

    /// <summary>
    /// A slider over allopregnanolone: the GABA-A response to GABA without and with the neurosteroid
    /// (<see cref="GabaTerminal.GabaAActivation"/>; the shift is an illustrative estimate).
    /// </summary>
    /// <param name="allopregnanoloneNanomolar">The slider's allopregnanolone values in nM, ascending. Range: 2 to 30 values, each 0 to 100 000 nM. Default 0, 3, 10, 30, 100, 300, 1000 nM.</param>
    /// <returns>The slider figure (initial frame: 100 nM when present).</returns>
    /// <exception cref="InvalidParameterException">Too few or too many values, or not ascending.</exception>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range.</exception>
    public static SliderFigure AllopregnanoloneSlider(params double[] allopregnanoloneNanomolar)
    {
        var levels = allopregnanoloneNanomolar is { Length: > 0 } ? allopregnanoloneNanomolar : [0, 3, 10, 30, 100, 300, 1000];
        if (levels.Length is < 2 or > 30)
        {
            throw new InvalidParameterException($"allopregnanoloneNanomolar needs 2 to 30 values, but {levels.Length} were given.", nameof(allopregnanoloneNanomolar));
        }

        for (var i = 0; i < levels.Length; i++)
        {
            Preconditions.CheckRange(nameof(allopregnanoloneNanomolar), levels[i], 0, 100_000, "nM");
            if (i > 0 && levels[i] <= levels[i - 1])
            {
                throw new InvalidParameterException($"allopregnanoloneNanomolar must be ascending, but {levels[i]} follows {levels[i - 1]}.", nameof(allopregnanoloneNanomolar));
            }
        }

        var gaba = Grid.LogSpaced(0.1, 1000, 81);
        var without = new Series("No allopregnanolone", gaba, gaba.Select(g => GabaTerminal.GabaAActivation(Concentration.FromMicromolar(g))));
        var frames = levels.Select(a => new SliderFrame(
            string.Create(CultureInfo.InvariantCulture, $"{a:G4} nM"),
            [without, new Series("With allopregnanolone", gaba, gaba.Select(g => GabaTerminal.GabaAActivation(Concentration.FromMicromolar(g), allopregnanolone: Concentration.FromNanomolar(a))))]));
        var initial = Array.IndexOf(levels, 100.0);
        return new SliderFigure(
            "Allopregnanolone at the GABA-A receptor: a fast positive allosteric modulator",
            $"Fraction of α1β2γ2L GABA-A receptors activated against GABA (Hill equation, EC50 {GabaTerminal.GabaAEc50}, slope {GabaTerminal.GabaAHillSlope}; recombinant receptors, in vitro). " +
            $"Move the slider: allopregnanolone shifts the curve left, up to {GabaTerminal.AllopregnanoloneMaxShift}× with half of that at {GabaTerminal.AllopregnanoloneHalfEffect} (illustrative estimates after Carver & Reddy 2013); it acts within seconds, not through genes.",
            new Axis("GABA", "µM", AxisScale.Log),
            new Axis("GABA-A activation", "fraction of receptors"),
            "Allopregnanolone (nM)",
            frames,
            initial < 0 ? 0 : initial);
    }
}

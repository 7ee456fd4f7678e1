using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Internal;

namespace NeuroBalance.Lessons;

/// <summary>Learner-facing charts of lesson 08: precursor versus transport levers, the serotonin–dopamine brake, and the capstone time course.</summary>
public static class IntegrationCharts
{
    /// <summary>The three strengths of the illustrative 5-HT2C brake (Imax) drawn side by side.</summary>
    private static readonly double[] BrakeStrengths = [0.25, 0.5, 0.75];

    /// <summary>
    /// Extracellular 5-HT at steady state in the serotonin terminal when one lever is scaled by k:
    /// blood tryptophan × k (precursor), TPH2 expression × k (enzyme) and SERT activity ÷ k (transport).
    /// </summary>
    /// <param name="points">Values of k, log-spaced from 0.25 to 4. Range: 3 to 41. Default 9.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="points"/> is out of range.</exception>
    public static Figure Levers(int points = 9)
    {
        Preconditions.CheckRange(nameof(points), points, 3, 41);
        var ks = Grid.LogSpaced(0.25, 4, points);
        var model = SerotoninTerminal.Default;
        Series Line(string name, Func<double, SerotoninTerminal> change) =>
            new(name, ks, ks.Select(k => InterventionComparison.SerotoninRelative(change(k))));
        return new Figure(
            "Serotonin terminal: precursor, enzyme and transporter levers",
            "Extracellular 5-HT at the new steady state (÷ basal) when one lever is scaled by k, in the terminal model with the structure of Best et al. 2010 (evidence level: model). " +
            "Autoreceptor feedback is on throughout. Model experiments, not diet, supplement or drug advice.",
            new Axis("Scale factor k", "× normal", AxisScale.Log),
            new Axis("Extracellular 5-HT", "× basal"),
            [
                Line("Blood tryptophan × k (precursor)", k => model.WithBloodTryptophan(model.BloodTryptophan * k)),
                Line("TPH2 expression × k (enzyme)", k => model.WithTphScale(k)),
                Line("SERT activity ÷ k (transport)", k => model.WithSertScale(1 / k)),
            ]);
    }

    /// <summary>The illustrative 5-HT2C brake on dopamine release (<see cref="SerotoninDopamineBrake"/>) for three brake strengths.</summary>
    /// <returns>The figure.</returns>
    public static Figure SerotoninDopamineBrakeCurves()
    {
        var s = Enumerable.Range(0, 61).Select(i => i * 4.0 / 60).ToArray();
        return new Figure(
            "Serotonin–dopamine interaction: an illustrative 5-HT2C brake",
            "Dopamine release (÷ baseline) as extracellular 5-HT changes, for three strengths of the brake (Imax). The direction, more 5-HT less dopamine release, is from rodent studies " +
            "(De Deurwaerdère & Di Giovanni 2017); the curve and its numbers are illustrative, and other 5-HT receptors act the other way in some regions.",
            new Axis("Extracellular 5-HT", "× baseline"),
            new Axis("Dopamine release", "× baseline"),
            BrakeStrengths.Select(imax => new Series(string.Create(CultureInfo.InvariantCulture, $"Imax {imax:G2}"), s, s.Select(x => SerotoninDopamineBrake.DopamineReleaseFactor(x, imax)))));
    }

    /// <summary>
    /// The capstone time course with a slider over the week the intervention starts: 5-HT output and
    /// autoreceptor sensitivity (both relative to the reference state), with the hormone state alone for comparison.
    /// </summary>
    /// <param name="hormones">The hormone scenario; default <see cref="HormoneScenario.Postpartum"/>.</param>
    /// <param name="intervention">The intervention. Default <see cref="Intervention.Ssri"/>.</param>
    /// <param name="weeks">Weeks shown. Range: 2 to 52. Default 12.</param>
    /// <param name="latestStart">The latest start week on the slider (one frame per week from 0). Range: 1 to 29 and below <paramref name="weeks"/>. Default 6.</param>
    /// <returns>The slider figure.</returns>
    /// <exception cref="ParameterOutOfRangeException">A number is out of range.</exception>
    public static SliderFigure CapstoneStartWeek(HormoneScenario? hormones = null, Intervention intervention = Intervention.Ssri, double weeks = 12, int latestStart = 6)
    {
        Preconditions.CheckRange(nameof(weeks), weeks, 2, CapstoneScenario.MaxWeeks);
        Preconditions.CheckRange(nameof(latestStart), latestStart, 1, Math.Min(29, weeks - 1));
        var scenario = CapstoneScenario.Create(hormones ?? HormoneScenario.Postpartum, intervention);
        var alone = CapstoneScenario.Create(scenario.Hormones, Intervention.None).Simulate(weeks, 5);
        var hormoneOnly = new Series($"{scenario.Hormones.Name}, no intervention", alone.Select(p => p.Week), alone.Select(p => p.SerotoninOutput));
        var frames = Enumerable.Range(0, latestStart + 1).Select(start =>
        {
            var run = scenario.WithStartWeek(start).Simulate(weeks, 5);
            return new SliderFrame(
                $"week {start}",
                [
                    new Series($"5-HT output with {intervention}", run.Select(p => p.Week), run.Select(p => p.SerotoninOutput)),
                    new Series("5-HT1A autoreceptor sensitivity", run.Select(p => p.Week), run.Select(p => p.AutoreceptorSensitivity)),
                    hormoneOnly,
                ]);
        });
        return new SliderFigure(
            $"Capstone: {scenario.Hormones.Name} + {intervention}, by start week",
            string.Create(CultureInfo.InvariantCulture, $"5-HT output in projection areas and 5-HT1A autoreceptor sensitivity, relative to the reference state (1), week by week. H = {scenario.HormoneBaseline:G3} is the hormone state's effect in the serotonin terminal; ") +
            "the SSRI delay follows the contested desensitization hypothesis (Commons & Linnros 2019) with illustrative constants. Shapes, not predictions; education, not medical advice.",
            new Axis("Time", "weeks"),
            new Axis("Relative to the reference state", "× reference"),
            "Intervention start (week)",
            frames);
    }
}

using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Internal;
using NeuroBalance.Content;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>Learner charts for homeostasis and feedback (lesson 06): autoreceptor feedback in the dopamine terminal and receptor regulation over weeks.</summary>
public static class HomeostasisCharts
{
    /// <summary>Gets the default TH multipliers of <see cref="ThActivitySlider"/>: 13 log-spaced values from 0.25× to 4×, with 0.5×, 1× and 2× among them.</summary>
    public static IReadOnlyList<double> DefaultThScales { get; } = Grid.LogSpaced(0.25, 4, 13).Select(v => Math.Round(v, 3)).ToArray();

    /// <summary>
    /// Extracellular dopamine after TH activity is changed, with a slider over the TH multiplier: each frame
    /// shows the time course with the D2-autoreceptor feedback on TH and without it, each as percent of its
    /// own basal steady state.
    /// </summary>
    /// <param name="thScales">Two to 30 TH multipliers, one per frame (each in [0.01, 100]); default <see cref="DefaultThScales"/>.</param>
    /// <param name="duration">How long to follow each response; default 24 h. Range: 0 &lt; duration ≤ 8 weeks.</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>A slider figure of extracellular DA (% of basal) against time (h).</returns>
    /// <exception cref="InvalidParameterException">Fewer than two or more than 30 multipliers are given.</exception>
    /// <exception cref="ParameterOutOfRangeException">A multiplier or the duration is out of range.</exception>
    public static SliderFigure ThActivitySlider(IReadOnlyList<double>? thScales = null, Duration? duration = null, DopamineTerminal? model = null)
    {
        var scales = thScales ?? DefaultThScales;
        if (scales.Count is < 2 or > 30)
        {
            throw new InvalidParameterException($"thScales must hold 2 to 30 values (one per frame), but {scales.Count} were given.", nameof(thScales));
        }

        foreach (var s in scales)
        {
            Preconditions.CheckRange(nameof(thScales), s, 0.01, 100);
        }

        var span = duration ?? Duration.FromHours(24);
        var basal = model ?? DopamineTerminal.Default;
        var on = basal.WithAutoreceptors(true);
        var off = basal.WithAutoreceptors(false);
        var frames = scales.Select(f => new SliderFrame(
            string.Create(CultureInfo.InvariantCulture, $"× {f:G3}"),
            [Response(on, f, span, "autoreceptors on"), Response(off, f, span, "autoreceptors off")]));
        return new SliderFigure(
            "Dopamine terminal: changing TH activity, with and without autoreceptor feedback",
            "Extracellular DA, as percent of each variant's own basal steady state, after TH activity (Vmax) is scaled at time 0. " +
            $"With the D2-autoreceptor factor on TH the level moves less than without it. Model: {NeuroBalance.Content.References.Cite("best2009")}; evidence level: model.",
            new Axis("Time after the change", "h"),
            new Axis("Extracellular DA", "% of basal steady state"),
            "TH activity (× normal)",
            frames,
            Array.FindIndex(scales.ToArray(), s => s == 1) is var one and >= 0 ? one : 0);
    }

    /// <summary>
    /// Receptor density and functional sensitivity over time after stimulation steps to a new constant level:
    /// under-stimulation up-regulates, over-stimulation desensitizes within minutes and down-regulates over weeks.
    /// </summary>
    /// <param name="receptor">The adapting receptor, e.g. <see cref="ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative"/>.</param>
    /// <param name="duration">How long to follow. Range: &gt; 0.</param>
    /// <param name="stimulations">One to six stimulation levels relative to baseline (each in [0, 1000]); default 0.5 and 2.</param>
    /// <returns>A figure of sensitivity (× baseline) against time (days).</returns>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="InvalidParameterException">More than six levels are given.</exception>
    public static Figure ReceptorRegulation(ReceptorAdaptation receptor, Duration duration, params double[] stimulations)
    {
        Preconditions.CheckNotNull(nameof(receptor), receptor);
        Preconditions.CheckPositive(nameof(duration), duration.Seconds, "s");
        var levels = stimulations is { Length: > 0 } ? stimulations : [0.5, 2];
        if (levels.Length > 6)
        {
            throw new InvalidParameterException($"stimulations may hold at most six levels, but {levels.Length} were given.", nameof(stimulations));
        }

        foreach (var s in levels)
        {
            Preconditions.CheckRange(nameof(stimulations), s, 0, StimulationStep.MaxStimulation);
        }

        var series = levels.Select(s =>
        {
            var run = receptor.Simulate([new StimulationStep(duration, s)], 120);
            var verb = s > 1 ? "over-stimulated" : s < 1 ? "under-stimulated" : "unchanged";
            return new Series(string.Create(CultureInfo.InvariantCulture, $"stimulation × {s:G3} ({verb})"), run.Select(p => p.Time.Days), run.Select(p => p.State.Sensitivity));
        });
        return new Figure(
            $"Receptor regulation over weeks: {receptor.Name}",
            $"Functional sensitivity (density × coupled fraction) after stimulation steps to a new constant level at day 0. Desensitization acts within τd = {receptor.DesensitizationTime}; " +
            $"density changes with τr = {receptor.RegulationTime}, so 95% of it takes {receptor.TimeToRegulate(0.95)}. Time constants are illustrative, not measured.",
            new Axis("Time after the change", "days"),
            new Axis("Receptor sensitivity", "× baseline"),
            series);
    }

    private static Series Response(DopamineTerminal variant, double thScale, Duration span, string name)
    {
        var basalEda = variant.SteadyState().Micromolar(DopamineTerminal.Eda);
        var run = variant.Respond(variant.WithThScale(variant.ThScale * thScale), span, 97);
        return new Series(name, run.Times, run[DopamineTerminal.Eda].Values.Select(v => 100 * v / basalEda));
    }
}

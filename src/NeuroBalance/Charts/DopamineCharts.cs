using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Charts;

/// <summary>Learner-facing charts of the Best, Nijhout &amp; Reed 2009 dopamine terminal.</summary>
public static class DopamineCharts
{
    /// <summary>
    /// Extracellular and vesicular dopamine, as percent of their basal steady state, after the firing rate
    /// steps up from the basal 5 Hz: the immediate rise, then habituation as vesicular stores fall.
    /// </summary>
    /// <param name="burst">The new firing frequency; default 15 Hz (the paper's Fig. 11). Range: 0 to 50 Hz.</param>
    /// <param name="duration">How long to follow the response; default 24 h. Range: 0 &lt; duration ≤ 8 weeks.</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The figure.</returns>
    public static Figure FiringResponse(Rate? burst = null, Duration? duration = null, DopamineTerminal? model = null)
    {
        var basal = model ?? DopamineTerminal.Default;
        var to = burst ?? Rate.FromPerSecond(15);
        var run = basal.Respond(basal.WithFiring(to), duration ?? Duration.FromHours(24), 481);
        var start = basal.SteadyState();
        var eda = Percent(run[DopamineTerminal.Eda].Values, start.Micromolar(DopamineTerminal.Eda));
        var vda = Percent(run[DopamineTerminal.Vda].Values, start.Micromolar(DopamineTerminal.Vda));
        return new Figure(
            FormattableString.Invariant($"Dopamine terminal: firing steps from {basal.Firing.PerSecond:G3} to {to.PerSecond:G3} Hz"),
            FormattableString.Invariant($"Extracellular DA jumps at once to about {eda.Max() / 100:F1}× its basal level, then habituates to {eda[^1] / 100:F2}× as vesicular DA falls to {vda[^1]:F0}% and synthesis adjusts. ") +
            FormattableString.Invariant($"Model: {References.Cite("best2009")}; evidence level: model."),
            new Axis("Time after the change", "h"),
            new Axis("Concentration", "% of basal steady state"),
            [new Series("Extracellular DA", run.Times, eda), new Series("Vesicular DA", run.Times, vda)]);
    }

    /// <summary>
    /// Steady-state extracellular dopamine against TH expression (0.25× to 4×, log scale) with and without
    /// the autoreceptor feedback on TH: the feedback flattens the curve.
    /// </summary>
    /// <param name="points">Points per curve. Range: 2 to 200. Default 30.</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The figure.</returns>
    public static Figure AutoreceptorBuffering(int points = 30, DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(points), points, 2, 200);
        var basal = model ?? DopamineTerminal.Default;
        var scales = Grid.LogSpaced(0.25, 4, points);
        Series Curve(bool on, string name)
        {
            var m = basal.WithAutoreceptors(on);
            return new Series(name, scales, ThSweep(m, scales));
        }

        return new Figure(
            "Dopamine terminal: autoreceptors buffer changes in TH expression",
            "Steady-state extracellular DA as TH expression is scaled from a quarter to four times normal, with the autoreceptor feedback on TH switched on and off. " +
            FormattableString.Invariant($"With feedback the curve is flatter ({References.Cite("best2009").Label}; evidence level: model)."),
            new Axis("TH expression", "× normal", AxisScale.Log),
            new Axis("Extracellular DA", "nM"),
            [Curve(true, "Autoreceptors on"), Curve(false, "Autoreceptors off")]);
    }

    /// <summary>Steady-state extracellular DA (nM) at each TH scaling: the 30-point sweep behind <see cref="AutoreceptorBuffering"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="thScales">TH multipliers. Each in [0, 100].</param>
    /// <returns>Extracellular DA in nM at each multiplier.</returns>
    public static double[] ThSweep(DopamineTerminal model, IReadOnlyList<double> thScales)
    {
        Preconditions.CheckNotNull(nameof(model), model);
        Preconditions.CheckNotNull(nameof(thScales), thScales);
        return thScales.Select(s => model.WithThScale(s).SteadyState().Micromolar(DopamineTerminal.Eda) * 1e3).ToArray();
    }

    internal static double[] Percent(IReadOnlyList<double> values, double basal) => values.Select(v => 100 * v / basal).ToArray();
}

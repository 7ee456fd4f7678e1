using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>Lesson 04's learner charts with in-chart sliders for receptor pharmacology: receptor reserve and competitive antagonism.</summary>
public static class ReceptorCharts
{
    /// <summary>The default receptor densities of <see cref="ReserveSlider"/>, relative to intact: 100% down to 0.3%, 9 frames.</summary>
    public static IReadOnlyList<double> DefaultReceptorFractions { get; } = [1, 0.5, 0.3, 0.1, 0.05, 0.03, 0.01, 0.005, 0.003];

    private const int CurvePoints = 121;

    /// <summary>
    /// Receptor reserve (operational model, Black &amp; Leff 1983): response and occupancy against agonist
    /// concentration, with a slider over the receptor density (τ scales with it). With many spare receptors the
    /// response lies left of occupancy; removing receptors first shifts the curve right, then lowers its top.
    /// </summary>
    /// <param name="agonist">The agonist in the intact tissue (τ &gt; 0).</param>
    /// <param name="receptorFractions">Receptor densities relative to intact, one frame each; default <see cref="DefaultReceptorFractions"/>. Each in (0, 1]; 2 to 30 values.</param>
    /// <returns>The slider figure, with a log concentration axis (nM).</returns>
    /// <exception cref="ArgumentNullException">The agonist is null.</exception>
    /// <exception cref="InvalidParameterException">The ligand is an antagonist, or fewer than 2 or more than 30 fractions.</exception>
    /// <exception cref="ParameterOutOfRangeException">A fraction is outside (0, 1].</exception>
    public static SliderFigure ReserveSlider(OperationalModel agonist, IReadOnlyList<double>? receptorFractions = null)
    {
        SynthesisCharts.CheckNotNull(nameof(agonist), agonist);
        _ = agonist.Ec50; // throws a clear error for an antagonist
        var fractions = SynthesisCharts.CheckFactors(nameof(receptorFractions), receptorFractions ?? DefaultReceptorFractions, 1e-6, 1);
        var x = Grid(agonist.AgonistKd.Nanomolar);
        var occupancy = x.Select(c => Occupancy.MassAction(Concentration.FromNanomolar(c), agonist.AgonistKd)).ToArray();
        var frames = fractions.Select(f =>
        {
            var m = agonist.WithReceptorFraction(f);
            var label = string.Create(CultureInfo.InvariantCulture, $"{f * 100:G3}%");
            return new SliderFrame(label, [
                new Series(string.Create(CultureInfo.InvariantCulture, $"response, τ = {m.Tau:G3} (max {100 * m.MaxResponse:F0}%, EC50 {(m.IsAntagonist ? "—" : m.Ec50.ToString())})"), x, x.Select(c => m.ResponseAt(Concentration.FromNanomolar(c)))),
                new Series($"occupancy θ (K_A = {agonist.AgonistKd}, unchanged)", x, occupancy),
            ]);
        });
        return new SliderFigure(
            $"Receptor reserve: {agonist.Name} as receptors are removed",
            string.Create(CultureInfo.InvariantCulture, $"Operational model (Black & Leff 1983; evidence level: model) with K_A = {agonist.AgonistKd} and τ = {agonist.Tau:G3} in the intact tissue. ") +
            "Move the slider to remove receptors: with a large reserve the response curve lies left of the occupancy curve; losing receptors first shifts it right and only later lowers its maximum.",
            new Axis("Agonist concentration", "nM", AxisScale.Log),
            new Axis("Response or occupancy", "fraction of maximum"),
            "Receptors left (% of intact)",
            frames);
    }

    /// <summary>
    /// Competitive antagonism: the agonist's response curve alone and with an antagonist, with a slider over the
    /// antagonist concentration. Each step shifts the curve right by the Schild dose ratio 1 + [B]/K<sub>B</sub>.
    /// </summary>
    /// <param name="agonist">The agonist (τ &gt; 0).</param>
    /// <param name="antagonist">A neutral antagonist (τ = 0) or a partial agonist competing for the same site.</param>
    /// <param name="antagonistConcentrations">Competitor concentrations, one frame each; 2 to 30 values, each from 0 to 1 M.</param>
    /// <returns>The slider figure, with a log agonist axis (nM).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidParameterException">The agonist is an antagonist, the slopes differ, or fewer than 2 or more than 30 concentrations.</exception>
    public static SliderFigure CompetitionSlider(OperationalModel agonist, OperationalModel antagonist, IReadOnlyList<Concentration> antagonistConcentrations)
    {
        SynthesisCharts.CheckNotNull(nameof(agonist), agonist);
        SynthesisCharts.CheckNotNull(nameof(antagonist), antagonist);
        SynthesisCharts.CheckNotNull(nameof(antagonistConcentrations), antagonistConcentrations);
        _ = agonist.Ec50;
        var nm = SynthesisCharts.CheckFactors(nameof(antagonistConcentrations), antagonistConcentrations.Select(c => c.Nanomolar).ToArray(), 0, 1e9);
        var maxRatio = CompetitiveAntagonism.DoseRatio(Concentration.FromNanomolar(nm.Max()), antagonist.AgonistKd);
        var x = LogGrid(agonist.Ec50.Nanomolar / 1e3, Math.Min(Concentration.MaxNanomolar, agonist.Ec50.Nanomolar * 1e3 * maxRatio));
        var alone = x.Select(a => agonist.ResponseAt(Concentration.FromNanomolar(a))).ToArray();
        var frames = nm.Select(b =>
        {
            var dose = Concentration.FromNanomolar(b);
            var ratio = CompetitiveAntagonism.DoseRatio(dose, antagonist.AgonistKd);
            return new SliderFrame(dose.ToString(), [
                new Series($"{agonist.Name} alone", x, alone),
                new Series(string.Create(CultureInfo.InvariantCulture, $"{agonist.Name} + {antagonist.Name} {dose} (dose ratio {ratio:G3})"), x, x.Select(a => agonist.ResponseWith(Concentration.FromNanomolar(a), antagonist, dose))),
            ]);
        });
        return new SliderFigure(
            $"Competition at one receptor: {antagonist.Name} against {agonist.Name}",
            $"Operational model with a competitor at the same site (K_B = {antagonist.AgonistKd}). A neutral antagonist shifts the agonist curve right by the dose ratio 1 + [B]/K_B without lowering its maximum (Arunlakshana & Schild 1959); " +
            "a competitive partial agonist also shifts the curve right and lifts its bottom to the partial agonist's own maximum, again without lowering the full agonist's maximum (operational model, Black & Leff 1983). Move the slider to raise the competitor's concentration.",
            new Axis("Agonist concentration", "nM", AxisScale.Log),
            new Axis("Response", "fraction of system maximum"),
            $"{antagonist.Name} concentration",
            frames);
    }

    private static double[] Grid(double center) =>
        LogGrid(Math.Max(center / 1e4, 1e-6), Math.Min(center * 1e4, Concentration.MaxNanomolar));

    /// <summary><see cref="CurvePoints"/> points from <paramref name="from"/> to <paramref name="to"/>, equally spaced on a log scale, both ends exact.</summary>
    private static double[] LogGrid(double from, double to)
    {
        var points = new double[CurvePoints];
        var logFrom = Math.Log10(from);
        var step = (Math.Log10(to) - logFrom) / (CurvePoints - 1);
        for (var i = 0; i < CurvePoints; i++)
        {
            points[i] = Math.Pow(10, logFrom + (i * step));
        }

        points[0] = from;
        points[^1] = to;
        return points;
    }
}

using NeuroBalance.Content;
using System.Globalization;
using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Charts;

/// <summary>Ready-made learner charts for receptor pharmacology, clearance and adaptation.</summary>
public static class PharmacologyCharts
{
    private const int CurvePoints = 121;

    /// <summary>
    /// Receptor reserve in the operational model: response against agonist concentration for the
    /// tissue as it is and with fewer receptors, with the occupancy curve for comparison.
    /// </summary>
    /// <param name="agonist">The agonist in the intact tissue; must have τ &gt; 0.</param>
    /// <param name="receptorFractions">Receptor densities to compare, relative to intact (each in (0, 1]); default 1, 0.1 and 0.01.</param>
    /// <returns>A figure with a log concentration axis (nM) and response as a fraction of the system maximum.</returns>
    /// <exception cref="InvalidParameterException">The ligand is an antagonist.</exception>
    /// <exception cref="ParameterOutOfRangeException">A fraction is outside (0, 1].</exception>
    public static Figure ReceptorReserve(OperationalModel agonist, params double[] receptorFractions)
    {
        Preconditions.CheckNotNull(nameof(agonist), agonist);
        _ = agonist.Ec50; // throws a clear error for an antagonist
        var fractions = receptorFractions is { Length: > 0 } ? receptorFractions : [1, 0.1, 0.01];
        foreach (var f in fractions)
        {
            Preconditions.CheckRange(nameof(receptorFractions), f, double.Epsilon, 1);
        }

        var x = ConcentrationGrid(agonist.AgonistKd);
        var series = fractions.Select(f =>
        {
            var model = agonist.WithReceptorFraction(f);
            return new Series(string.Create(CultureInfo.InvariantCulture, $"response, {f:P0} of receptors (τ = {model.Tau:G3})"), x, x.Select(c => model.ResponseAt(Concentration.FromNanomolar(c))));
        }).Append(new Series("occupancy θ (same for all)", x, x.Select(c => Occupancy.MassAction(Concentration.FromNanomolar(c), agonist.AgonistKd))));
        return new Figure(
            FormattableString.Invariant($"Receptor reserve: response of {agonist.Name} as receptors are lost"),
            FormattableString.Invariant($"Operational model ({References.Cite("blackleff1983").Label}) with K_A = {agonist.AgonistKd} and τ = {agonist.Tau.ToString("G3", CultureInfo.InvariantCulture)} in the intact tissue. ") +
            "With many spare receptors the response curve lies left of the occupancy curve; removing receptors first shifts it right and only later lowers its maximum.",
            new Axis("Agonist concentration", "nM", AxisScale.Log),
            new Axis("Response", "fraction of system maximum"),
            series);
    }

    /// <summary>The Schild shift: agonist response curves with rising concentrations of a competitive antagonist.</summary>
    /// <param name="agonist">The agonist (τ &gt; 0).</param>
    /// <param name="antagonist">The antagonist (τ = 0).</param>
    /// <param name="antagonistConcentrations">The antagonist concentrations; zero is always drawn first.</param>
    /// <returns>A figure with a log agonist axis (nM) and response as a fraction of the system maximum.</returns>
    /// <exception cref="InvalidParameterException">The agonist is an antagonist, or the antagonist has τ &gt; 0.</exception>
    public static Figure SchildShift(OperationalModel agonist, OperationalModel antagonist, params Concentration[] antagonistConcentrations)
    {
        Preconditions.CheckNotNull(nameof(agonist), agonist);
        Preconditions.CheckNotNull(nameof(antagonist), antagonist);
        _ = agonist.Ec50;
        if (!antagonist.IsAntagonist)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"{antagonist.Name} has τ = {Preconditions.Format(antagonist.Tau)}; a Schild shift needs a neutral antagonist (τ = 0)."), nameof(antagonist));
        }

        var doses = new[] { Concentration.Zero }.Concat(antagonistConcentrations ?? []).Distinct().ToArray();
        var maxRatio = CompetitiveAntagonism.DoseRatio(doses.Max(), antagonist.AgonistKd);
        var x = Grid.LogSpaced(agonist.Ec50.Nanomolar / 1e3, Math.Min(Concentration.MaxNanomolar, agonist.Ec50.Nanomolar * 1e3 * maxRatio), CurvePoints);
        var series = doses.Select(b => new Series(
            FormattableString.Invariant($"{antagonist.Name} {b} (dose ratio {CompetitiveAntagonism.DoseRatio(b, antagonist.AgonistKd).ToString("G3", CultureInfo.InvariantCulture)})"),
            x,
            x.Select(a => agonist.ResponseWith(Concentration.FromNanomolar(a), antagonist, b))));
        return new Figure(
            FormattableString.Invariant($"Competitive antagonism: {antagonist.Name} shifts {agonist.Name} to the right"),
            FormattableString.Invariant($"Each antagonist concentration [B] moves the agonist curve right by the Schild dose ratio 1 + [B]/K_B (K_B = {antagonist.AgonistKd}) without lowering its maximum: more agonist overcomes the block (Arunlakshana & Schild 1959)."),
            new Axis("Agonist concentration", "nM", AxisScale.Log),
            new Axis("Response", "fraction of system maximum"),
            series);
    }

    /// <summary>D2 occupancy against free drug concentration, with the Kapur et al. 2000 thresholds as horizontal lines.</summary>
    /// <param name="drugName">The drug, for the legend. Must not be blank.</param>
    /// <param name="kd">The drug's dissociation constant at D2. Range: &gt; 0.</param>
    /// <returns>A figure with a log concentration axis (nM) and occupancy (fraction of receptors).</returns>
    public static Figure D2OccupancyWithThresholds(string drugName, Concentration kd)
    {
        Preconditions.CheckNotBlank(nameof(drugName), drugName);
        Preconditions.CheckPositive(nameof(kd), kd.Nanomolar, "nM");
        var x = ConcentrationGrid(kd);
        var thresholds = new[]
        {
            ("clinical response likely (65%)", D2OccupancyThresholds.Response.Value),
            ("prolactin rise likely (72%)", D2OccupancyThresholds.ProlactinElevation.Value),
            ("extrapyramidal effects likely (78%)", D2OccupancyThresholds.ExtrapyramidalEffects.Value),
        };
        var series = new[] { new Series(FormattableString.Invariant($"{drugName} D2 occupancy (K = {kd})"), x, x.Select(c => DrugOccupancy.FromKi(Concentration.FromNanomolar(c), kd))) }
            .Concat(thresholds.Select(t => new Series(t.Item1, [x[0], x[^1]], [t.Item2, t.Item2])));
        var (low, _, high) = D2OccupancyThresholds.ConcentrationsFor(kd);
        return new Figure(
            "D2 receptor occupancy and the Kapur thresholds",
            FormattableString.Invariant($"Mass-action occupancy of D2 receptors by {drugName}. {References.Cite("kapur2000").Label} (haloperidol, PET) found response above 65%, prolactin elevation above 72% and extrapyramidal effects above 78% occupancy: ") +
            FormattableString.Invariant($"from {low} to {high}, a window of only {D2OccupancyThresholds.WindowRatio.ToString("G3", CultureInfo.InvariantCulture)}-fold in concentration."),
            new Axis("Free drug concentration", "nM", AxisScale.Log),
            new Axis("D2 occupancy", "fraction of receptors"),
            series);
    }

    /// <summary>Evoked-release decay: the exact Michaelis–Menten clearance of a transmitter pulse, with and without an uptake blocker.</summary>
    /// <param name="uptake">The transporter.</param>
    /// <param name="peak">The released peak C<sub>0</sub>. Range: &gt; 0.</param>
    /// <param name="window">How long to plot. Range: &gt; 0.</param>
    /// <param name="blocker">An optional competitive blocker's binding to the transporter.</param>
    /// <param name="blockerConcentration">The blocker's free concentration (used only with a blocker).</param>
    /// <returns>A figure of concentration (nM) against time (ms).</returns>
    public static Figure EvokedReleaseDecayCurve(MichaelisMenten uptake, Concentration peak, Duration window, ReceptorBinding? blocker = null, Concentration blockerConcentration = default)
    {
        Preconditions.CheckNotNull(nameof(uptake), uptake);
        Preconditions.CheckPositive(nameof(peak), peak.Nanomolar, "nM");
        Preconditions.CheckPositive(nameof(window), window.Seconds, "s");
        var t = Enumerable.Range(0, 201).Select(i => window.Milliseconds * i / 200).ToArray();
        var halfTime = EvokedReleaseDecay.HalfTime(uptake, peak);
        var series = new List<Series>
        {
            new(FormattableString.Invariant($"{uptake.Name} alone (t½ = {halfTime})"), t, t.Select(ms => EvokedReleaseDecay.ConcentrationAfter(uptake, peak, Duration.FromMilliseconds(ms)).Nanomolar)),
        };
        var description = FormattableString.Invariant($"Exact solution of dC/dt = −Vmax·C/(Km + C) for {uptake} from a {peak} peak; half-time t½ = (Km·ln 2 + C0/2)/Vmax.");
        if (blocker is not null)
        {
            var blockedHalf = EvokedReleaseDecay.HalfTime(uptake, peak, blocker, blockerConcentration);
            series.Add(new Series(FormattableString.Invariant($"with {blocker.Name} at {blockerConcentration} (t½ = {blockedHalf})"), t, t.Select(ms =>
                EvokedReleaseDecay.ConcentrationAfter(uptake, peak, Duration.FromMilliseconds(ms), blocker, blockerConcentration).Nanomolar)));
            description += FormattableString.Invariant($" The competitive blocker raises the apparent Km {MichaelisMenten.KmFactor(blocker, blockerConcentration).ToString("G3", CultureInfo.InvariantCulture)}-fold and slows clearance.");
        }

        return new Figure(
            "Clearance of released transmitter by uptake",
            description,
            new Axis("Time after release", "ms"),
            new Axis("Extracellular concentration", "nM"),
            series);
    }

    /// <summary>The SSRI-delay scenario over weeks: autoreceptor sensitivity, raphe firing and 5-HT output, relative to baseline.</summary>
    /// <param name="course">The output of <see cref="SsriDelayScenario.Simulate"/>.</param>
    /// <returns>A figure of relative values against time in days.</returns>
    /// <exception cref="InvalidParameterException">The course is empty.</exception>
    public static Figure SsriAdaptation(IReadOnlyList<SsriDelayPoint> course)
    {
        Preconditions.CheckNotNull(nameof(course), course);
        if (course.Count == 0)
        {
            throw new InvalidParameterException("The course has no points; run SsriDelayScenario.Simulate first.", nameof(course));
        }

        var days = course.Select(p => p.Time.Days).ToArray();
        return new Figure(
            "Autoreceptor adaptation and the delayed rise of serotonin output (illustrative)",
            "Illustrative model of the desensitization hypothesis: the SSRI raises 5-HT at once, 5-HT1A autoreceptors brake raphe firing, and as they adapt over weeks firing recovers and 5-HT output rises. " +
            FormattableString.Invariant($"Time constants are illustrative, not measured; the hypothesis is debated ({References.Cite("commonslinnros2019").Label})."),
            new Axis("Time since first dose", "days"),
            new Axis("Relative to baseline", "ratio (1 = baseline)"),
            [
                new Series("5-HT1A autoreceptor sensitivity", days, course.Select(p => p.Autoreceptor.Sensitivity)),
                new Series("raphe firing", days, course.Select(p => p.Firing)),
                new Series("5-HT output in projection areas", days, course.Select(p => p.SerotoninOutput)),
            ]);
    }

    private static double[] ConcentrationGrid(Concentration center) =>
        Grid.LogSpaced(Math.Max(center.Nanomolar / 1e4, 1e-6), Math.Min(center.Nanomolar * 1e4, Concentration.MaxNanomolar), CurvePoints);
}

using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>Learner charts for reuptake and clearance (lesson 05): transporter saturation and how an uptake blocker stretches a signal.</summary>
public static class ClearanceCharts
{
    private const int CurvePoints = 121;
    private const int DecayPoints = 161;

    /// <summary>
    /// Michaelis–Menten saturation of several uptake or enzyme steps: v/V<sub>max</sub> = [S]/(K<sub>m</sub> + [S])
    /// against substrate concentration on a log axis, so that steps with different capacities can be compared by their K<sub>m</sub>.
    /// </summary>
    /// <param name="steps">One to eight steps, e.g. DAT, SERT and GAT-1.</param>
    /// <returns>A figure of rate (fraction of V<sub>max</sub>) against substrate (nM, log scale).</returns>
    /// <exception cref="InvalidParameterException">No step, more than eight, or a null step is given.</exception>
    public static Figure UptakeSaturation(params MichaelisMenten[] steps)
    {
        Preconditions.CheckNotNull(nameof(steps), steps);
        if (steps.Length is 0 or > 8 || steps.Any(s => s is null))
        {
            throw new InvalidParameterException($"steps must hold one to eight non-null steps, but {steps.Length} were given{(steps.Any(s => s is null) ? " (some null)" : string.Empty)}.", nameof(steps));
        }

        var kms = steps.Select(s => s.Km.Nanomolar).ToArray();
        var x = Grid.LogSpaced(Math.Max(1e-3, kms.Min() / 100), Math.Min(Concentration.MaxNanomolar, kms.Max() * 100), CurvePoints);
        var series = steps.Select(s => new Series(
            $"{s.Name} (Km = {s.Km})",
            x,
            x.Select(c => FractionOfVmax(s, Concentration.FromNanomolar(c)))));
        return new Figure(
            "Uptake saturates: rate against substrate for each step",
            "Michaelis–Menten rate as a fraction of each step's maximum, v/Vmax = [S]/(Km + [S]) (Michaelis & Menten 1913). Each curve passes half its maximum at its own Km: " +
            "far below Km the rate grows in proportion to the substrate, far above it the step is saturated.",
            new Axis("Substrate concentration", "nM", AxisScale.Log),
            new Axis("Uptake rate", "fraction of Vmax"),
            series);
    }

    /// <summary>
    /// Clearance of a released pulse with a slider over the concentration of a competitive uptake blocker:
    /// each frame shows the pulse without the blocker and with the blocker at one concentration.
    /// </summary>
    /// <param name="uptake">The transporter, e.g. <see cref="ClearanceParameters.DatBest2009"/>. V<sub>max</sub> must be &gt; 0.</param>
    /// <param name="peak">The released peak C<sub>0</sub>. Range: &gt; 0.</param>
    /// <param name="window">How long to plot. Range: &gt; 0.</param>
    /// <param name="blocker">The blocker's binding to the transporter (K<sub>i</sub>, Hill coefficient 1).</param>
    /// <param name="blockerConcentrations">Two to 30 blocker concentrations, one per frame (each ≥ 0).</param>
    /// <returns>A slider figure of concentration (nM) against time (ms).</returns>
    /// <exception cref="InvalidParameterException">Fewer than two or more than 30 concentrations are given, or the blocker is cooperative.</exception>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range.</exception>
    public static SliderFigure BlockerSlider(MichaelisMenten uptake, Concentration peak, Duration window, ReceptorBinding blocker, IReadOnlyList<Concentration> blockerConcentrations)
    {
        Preconditions.CheckNotNull(nameof(uptake), uptake);
        Preconditions.CheckPositive(nameof(peak), peak.Nanomolar, "nM");
        Preconditions.CheckPositive(nameof(window), window.Seconds, "s");
        Preconditions.CheckNotNull(nameof(blocker), blocker);
        Preconditions.CheckNotNull(nameof(blockerConcentrations), blockerConcentrations);
        if (blockerConcentrations.Count is < 2 or > 30)
        {
            throw new InvalidParameterException($"blockerConcentrations must hold 2 to 30 values (one per frame), but {blockerConcentrations.Count} were given.", nameof(blockerConcentrations));
        }

        var t = Enumerable.Range(0, DecayPoints).Select(i => window.Milliseconds * i / (DecayPoints - 1)).ToArray();
        var alone = new Series(
            $"no blocker (t½ = {Ms(EvokedReleaseDecay.HalfTime(uptake, peak))})",
            t,
            t.Select(ms => EvokedReleaseDecay.ConcentrationAfter(uptake, peak, Duration.FromMilliseconds(ms)).Nanomolar));
        var frames = blockerConcentrations.Select(b =>
        {
            var half = EvokedReleaseDecay.HalfTime(uptake, peak, blocker, b);
            var blocked = new Series(
                string.Create(CultureInfo.InvariantCulture, $"{blocker.Name} {b}: {blocker.OccupancyAt(b) * 100:F0}% of {uptake.Name} blocked (t½ = {Ms(half)})"),
                t,
                t.Select(ms => EvokedReleaseDecay.ConcentrationAfter(uptake, peak, Duration.FromMilliseconds(ms), blocker, b).Nanomolar));
            return new SliderFrame(b.ToString(), [alone, blocked]);
        });
        return new SliderFigure(
            $"Clearance of a {peak} pulse by {uptake.Name}, with a competitive blocker",
            $"Exact solution of dC/dt = −Vmax·C/(Km(1 + [I]/Ki) + C) for {uptake} and {blocker.Name} (Ki = {blocker.HalfOccupancy}). " +
            "Move the slider to raise the blocker: the apparent Km rises, the same transporters clear more slowly and the signal lasts longer. " +
            "The peak stays the same only because this is one instantaneous pulse; in a train of pulses a blocker raises the peak too (see PulseTrain).",
            new Axis("Time after release", "ms"),
            new Axis("Extracellular concentration", "nM"),
            $"{blocker.Name} concentration",
            frames);
    }

    /// <summary>
    /// One instantaneous pulse against a train of pulses, each with and without a competitive uptake blocker
    /// (<see cref="PulseTrainRelease"/>): the blocker leaves the single pulse's peak unchanged but raises the
    /// train's peak, and it lengthens the decay of both.
    /// </summary>
    /// <param name="uptake">The transporter, e.g. <see cref="ClearanceParameters.DatBest2009"/>. V<sub>max</sub> must be &gt; 0.</param>
    /// <param name="releasePerPulse">ΔC, added by each pulse. Range: &gt; 0.</param>
    /// <param name="pulses">N pulses in the train. Range: 2 to <see cref="PulseTrainRelease.MaxPulses"/>.</param>
    /// <param name="frequencyHz">f in Hz. Range: &gt; 0 to <see cref="PulseTrainRelease.MaxFrequencyHz"/>.</param>
    /// <param name="window">How long to plot, from the first pulse. Range: &gt; 0.</param>
    /// <param name="blocker">The blocker's binding to the transporter (K<sub>i</sub>, Hill coefficient 1).</param>
    /// <param name="blockerConcentration">[I]. Range: ≥ 0.</param>
    /// <returns>A figure of concentration (nM) against time (ms) with four lines.</returns>
    /// <exception cref="ParameterOutOfRangeException">A value is out of range; the message names it, its value and the range.</exception>
    public static Figure PulseTrain(MichaelisMenten uptake, Concentration releasePerPulse, int pulses, double frequencyHz, Duration window, ReceptorBinding blocker, Concentration blockerConcentration)
    {
        Preconditions.CheckNotNull(nameof(blocker), blocker);
        Preconditions.CheckRange(nameof(pulses), pulses, 2, PulseTrainRelease.MaxPulses);
        Preconditions.CheckPositive(nameof(window), window.Seconds, "s");
        Preconditions.CheckPositive("uptake.Vmax", uptake?.Vmax.NanomolarPerSecond ?? 0, "nM/s");
        var t = Enumerable.Range(0, DecayPoints * 2).Select(i => window.Milliseconds * i / ((DecayPoints * 2) - 1)).ToArray();
        Series Line(int n, ReceptorBinding? b)
        {
            var peak = b is null ? PulseTrainRelease.Peak(uptake!, releasePerPulse, n, frequencyHz) : PulseTrainRelease.Peak(uptake!, releasePerPulse, n, frequencyHz, b, blockerConcentration);
            var half = PulseTrainRelease.DecayHalfTime(uptake!, releasePerPulse, n, frequencyHz, b, blockerConcentration);
            var what = n == 1 ? "1 pulse" : string.Create(CultureInfo.InvariantCulture, $"{n} pulses at {frequencyHz:G3} Hz");
            var with = b is null ? "no blocker" : $"{b.Name} {blockerConcentration}";
            return new Series(
                string.Create(CultureInfo.InvariantCulture, $"{what}, {with} (peak {peak.Nanomolar:F0} nM, t½ after last pulse {Ms(half)})"),
                t,
                t.Select(ms => PulseTrainRelease.ConcentrationAt(uptake!, releasePerPulse, n, frequencyHz, Duration.FromMilliseconds(ms), b, blockerConcentration).Nanomolar));
        }

        return new Figure(
            string.Create(CultureInfo.InvariantCulture, $"One pulse or a train: a blocker raises the peak only when pulses overlap"),
            string.Create(CultureInfo.InvariantCulture, $"Each pulse adds {releasePerPulse} at once; between pulses dC/dt = −Vmax·C/(Km(1 + [I]/Ki) + C) for {uptake} and {blocker.Name} (Ki = {blocker.HalfOccupancy}). ") +
            "For one instantaneous pulse the peak is set by release and the blocker only lengthens the decay. In a train, what earlier pulses left adds to later ones, so slower uptake also raises the peak " +
            "(in rat striatum uptake inhibitors raised the peak of a 4-pulse, 15 Hz train by about +420%: Suaud-Chagny et al. 1995; this model, with constant release per pulse, gives a smaller rise).",
            new Axis("Time after the first pulse", "ms"),
            new Axis("Extracellular concentration", "nM"),
            [Line(1, null), Line(1, blocker), Line(pulses, null), Line(pulses, blocker)]);
    }

    // v/Vmax from the step itself; a step with zero capacity still has the Michaelis–Menten shape [S]/(Km + [S]).
    private static double FractionOfVmax(MichaelisMenten step, Concentration substrate) =>
        step.Vmax.NanomolarPerSecond > 0
            ? step.RateAt(substrate) / step.Vmax
            : substrate.Nanomolar / (step.Km.Nanomolar + substrate.Nanomolar);

    private static string Ms(Duration d) => string.Create(CultureInfo.InvariantCulture, $"{d.Milliseconds:F0} ms");
}

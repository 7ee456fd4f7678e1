using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Transport;

/// <summary>
/// How fast a pulse of released transmitter is cleared by saturable uptake: the exact solution of
/// dC/dt = −V<sub>max</sub>·C/(K<sub>m</sub> + C) from a peak C<sub>0</sub>.
/// </summary>
/// <remarks>
/// <para><b>Integrated rate law</b>: K<sub>m</sub>·ln(C<sub>0</sub>/C) + (C<sub>0</sub> − C) = V<sub>max</sub>·t.
/// Half-time (C = C<sub>0</sub>/2): t½ = (K<sub>m</sub>·ln 2 + C<sub>0</sub>/2)/V<sub>max</sub>. So clearance
/// slows in proportion to lost capacity (fewer transporters, e.g. DAT+/−), and a competitive blocker
/// slows it by raising K<sub>m</sub> to K<sub>m</sub>(1 + [I]/K<sub>i</sub>): strongly for small pulses
/// (C<sub>0</sub> ≪ K<sub>m</sub>, where t½ → ln 2·K<sub>m</sub>/V<sub>max</sub>), less for large ones.</para>
/// <para>C(t) is found from the integrated law by Newton's method on v = ln(C/K<sub>m</sub>),
/// solving e<sup>v</sup> + v = C<sub>0</sub>/K<sub>m</sub> + ln(C<sub>0</sub>/K<sub>m</sub>) − V<sub>max</sub>t/K<sub>m</sub>
/// (a monotone convex equation, so the iteration converges from any start) to a relative accuracy of
/// about 1e-12.</para>
/// <para><b>Data to compare with</b>: in anaesthetised rats, the half-time of electrically evoked DA
/// decay was 64 ms in striatum and 113 ms in nucleus accumbens, and uptake blockers prolonged it by up
/// to +602% (Suaud-Chagny et al. 1995, J Neurochem 65:2603, <see href="https://doi.org/10.1046/j.1471-4159.1995.65062603.x"/>).</para>
/// <para>Simplifications: uptake is the only loss (no diffusion away from the electrode, no
/// metabolism, no electrode response time), release is instantaneous, no release during the decay.
/// Because release is one instantaneous pulse here, a blocker cannot change the peak; for a train of pulses,
/// where it does, see <see cref="PulseTrainRelease"/>.
/// Measured decays also reflect diffusion away from the electrode (which speeds the apparent decay)
/// and the electrode's response time (which slows it), so model and measurement need not agree
/// exactly even for the right capacity.</para>
/// </remarks>
public static class EvokedReleaseDecay
{
    /// <summary>The half-time t½ = (K<sub>m</sub> ln 2 + C<sub>0</sub>/2)/V<sub>max</sub>.</summary>
    /// <param name="uptake">The uptake step. Its V<sub>max</sub> must be &gt; 0.</param>
    /// <param name="peak">C<sub>0</sub>. Range: &gt; 0.</param>
    /// <returns>t½.</returns>
    /// <exception cref="ParameterOutOfRangeException">V<sub>max</sub> or C<sub>0</sub> is zero, or t½ exceeds 1e10 s.</exception>
    public static Duration HalfTime(MichaelisMenten uptake, Concentration peak) => HalfTime(uptake, peak, 1);

    /// <summary>The half-time with a competitive uptake blocker: K<sub>m</sub> becomes K<sub>m</sub>(1 + [I]/K<sub>i</sub>).</summary>
    /// <param name="uptake">The uptake step. Its V<sub>max</sub> must be &gt; 0.</param>
    /// <param name="peak">C<sub>0</sub>. Range: &gt; 0.</param>
    /// <param name="blocker">The blocker's binding to the transporter (K<sub>i</sub>; Hill coefficient 1).</param>
    /// <param name="blockerConcentration">[I]. Range: ≥ 0.</param>
    /// <returns>t½.</returns>
    public static Duration HalfTime(MichaelisMenten uptake, Concentration peak, ReceptorBinding blocker, Concentration blockerConcentration) =>
        HalfTime(uptake, peak, MichaelisMenten.KmFactor(blocker, blockerConcentration));

    /// <summary>The uptake capacity that gives an observed half-time: V<sub>max</sub> = (K<sub>m</sub> ln 2 + C<sub>0</sub>/2)/t½.</summary>
    /// <param name="halfTime">t½. Range: &gt; 0.</param>
    /// <param name="km">K<sub>m</sub>. Range: &gt; 0.</param>
    /// <param name="peak">C<sub>0</sub>. Range: ≥ 0.</param>
    /// <returns>V<sub>max</sub>.</returns>
    public static ConcentrationRate CapacityForHalfTime(Duration halfTime, Concentration km, Concentration peak)
    {
        Preconditions.CheckPositive(nameof(halfTime), halfTime.Seconds, "s");
        Preconditions.CheckPositive(nameof(km), km.Nanomolar, "nM");
        return ConcentrationRate.FromNanomolarPerSecond(((km.Nanomolar * Math.Log(2)) + (peak.Nanomolar / 2)) / halfTime.Seconds);
    }

    /// <summary>The concentration at time t after a peak C<sub>0</sub>, from the exact integrated rate law.</summary>
    /// <param name="uptake">The uptake step.</param>
    /// <param name="peak">C<sub>0</sub>. Range: ≥ 0.</param>
    /// <param name="elapsed">t. Range: ≥ 0.</param>
    /// <returns>C(t) in [0, C<sub>0</sub>].</returns>
    public static Concentration ConcentrationAfter(MichaelisMenten uptake, Concentration peak, Duration elapsed) =>
        ConcentrationAfter(uptake, peak, elapsed, 1);

    /// <summary>The concentration at time t with a competitive uptake blocker.</summary>
    /// <param name="uptake">The uptake step.</param>
    /// <param name="peak">C<sub>0</sub>. Range: ≥ 0.</param>
    /// <param name="elapsed">t. Range: ≥ 0.</param>
    /// <param name="blocker">The blocker's binding (Hill coefficient 1).</param>
    /// <param name="blockerConcentration">[I]. Range: ≥ 0.</param>
    /// <returns>C(t).</returns>
    public static Concentration ConcentrationAfter(MichaelisMenten uptake, Concentration peak, Duration elapsed, ReceptorBinding blocker, Concentration blockerConcentration) =>
        ConcentrationAfter(uptake, peak, elapsed, MichaelisMenten.KmFactor(blocker, blockerConcentration));

    private static Duration HalfTime(MichaelisMenten uptake, Concentration peak, double kmFactor)
    {
        Preconditions.CheckNotNull(nameof(uptake), uptake);
        Preconditions.CheckPositive(nameof(peak), peak.Nanomolar, "nM");
        var vmax = Preconditions.CheckPositive("uptake.Vmax", uptake.Vmax.NanomolarPerSecond, "nM/s");
        var seconds = ((uptake.Km.Nanomolar * kmFactor * Math.Log(2)) + (peak.Nanomolar / 2)) / vmax;
        if (!(seconds <= Duration.MaxSeconds))
        {
            throw new ParameterOutOfRangeException(
                "uptake.Vmax",
                vmax,
                FormattableString.Invariant($"t½ would be {Preconditions.Format(seconds)} s, above the {Preconditions.Format(Duration.MaxSeconds)} s limit: uptake.Vmax {uptake.Vmax} is too small for the peak {peak} and the apparent Km {Concentration.FromNanomolar(Math.Min(Concentration.MaxNanomolar, uptake.Km.Nanomolar * kmFactor))}."));
        }

        return Duration.FromSeconds(seconds);
    }

    /// <summary>C(t) with the apparent K<sub>m</sub> multiplied by <paramref name="kmFactor"/> (used by <see cref="PulseTrainRelease"/>).</summary>
    internal static Concentration ConcentrationAfterWithKmFactor(MichaelisMenten uptake, Concentration peak, Duration elapsed, double kmFactor) =>
        ConcentrationAfter(uptake, peak, elapsed, kmFactor);

    private static Concentration ConcentrationAfter(MichaelisMenten uptake, Concentration peak, Duration elapsed, double kmFactor)
    {
        Preconditions.CheckNotNull(nameof(uptake), uptake);
        if (peak.Nanomolar == 0 || uptake.Vmax.NanomolarPerSecond == 0 || elapsed.Seconds == 0)
        {
            return peak;
        }

        var km = uptake.Km.Nanomolar * kmFactor;
        var u0 = peak.Nanomolar / km;
        var y = u0 + Math.Log(u0) - (uptake.Vmax.NanomolarPerSecond * elapsed.Seconds / km);
        var v = y < 1 ? y : Math.Log(y);
        for (var i = 0; i < 100; i++)
        {
            var ev = Math.Exp(v);
            var step = (ev + v - y) / (ev + 1);
            v -= step;
            if (Math.Abs(step) <= 1e-13 * Math.Max(1, Math.Abs(v)))
            {
                break;
            }
        }

        return Concentration.FromNanomolar(Math.Min(peak.Nanomolar, km * Math.Exp(v)));
    }
}

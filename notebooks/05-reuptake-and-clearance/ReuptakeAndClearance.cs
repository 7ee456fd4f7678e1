using NeuroBalance.Exercises;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 05's computed values: Michaelis–Menten clearance of a released pulse by DAT, a competitive
/// uptake blocker, and the MAO isoform split for dopamine. The exercise file <c>exercises.yaml</c> names them.
/// </summary>
/// <remarks>
/// Science: DAT of the Best, Nijhout &amp; Reed 2009 terminal (<see cref="ClearanceParameters.DatBest2009"/>; model);
/// the integrated Michaelis–Menten half-time t½ = (K<sub>m</sub> ln 2 + C<sub>0</sub>/2)/V<sub>max</sub>
/// (<see cref="EvokedReleaseDecay"/>), compared with 64 ms in rat striatum (Suaud-Chagny et al. 1995; rodent);
/// competitive inhibition raising K<sub>m</sub> by 1 + [I]/K<sub>i</sub>; the MAO isoform shares of
/// <see cref="MonoamineOxidase"/> (illustrative, on the side Youdim et al. 2006 and Sader-Mazbar et al. 2013 support).
/// </remarks>
public sealed class ReuptakeAndClearance : ILessonCode
{
    /// <summary>Gets DAT of the Best et al. 2009 terminal model.</summary>
    public static MichaelisMenten Dat => ClearanceParameters.DatBest2009.Value;

    private readonly Concentration pulse;
    private readonly Concentration blockerDose;

    /// <summary>Initializes the lesson's values with its own parameters.</summary>
    public ReuptakeAndClearance()
        : this(DefaultPulse, DefaultBlockerDose)
    {
    }

    /// <summary>Initializes the lesson's values with other parameters (an instructor's what-if, or a test).</summary>
    /// <param name="pulse">The pulse of the half-time exercise.</param>
    /// <param name="blockerDose">The blocker's free concentration in the blocker exercises.</param>
    public ReuptakeAndClearance(Concentration pulse, Concentration blockerDose)
    {
        this.pulse = pulse;
        this.blockerDose = blockerDose;
    }

    /// <summary>Gets the pulse of the half-time exercise, 200 nM (chosen to illustrate; evoked DA peaks of some hundred nM are typical in striatal voltammetry).</summary>
    public static Concentration DefaultPulse { get; } = Concentration.FromNanomolar(200);

    /// <summary>Gets a small pulse, well below K<sub>m</sub>, for the prediction.</summary>
    public static Concentration SmallPulse { get; } = Concentration.FromNanomolar(10);

    /// <summary>Gets an illustrative cocaine-like competitive DAT blocker (K<sub>i</sub> 100 nM is illustrative, as in A2).</summary>
    public static ReceptorBinding Blocker { get; } = ReceptorBinding.FromKd("cocaine-like blocker", Concentration.FromNanomolar(100));

    /// <summary>Gets the blocker's free concentration in the blocker exercises, 300 nM.</summary>
    public static Concentration DefaultBlockerDose { get; } = Concentration.FromNanomolar(300);

    /// <inheritdoc />
    public string Lesson => "05-reuptake-and-clearance";

    /// <inheritdoc />
    public void Define(LessonValues values) => values
        // DAT and the half-time of a pulse
        .Add("datKm", () => Dat.Km)
        .Add("datKmNm", () => Dat.Km.Nanomolar)
        .Add("datVmax", () => Dat.Vmax)
        .Add("datVmaxUmPerHour", () => Dat.Vmax.MicromolarPerHour)
        .Add("datVmaxNmPerHour", () => Dat.Vmax.NanomolarPerHour)
        .Add("datVmaxNmPerSecond", () => Dat.Vmax.NanomolarPerSecond)
        .Add("datKmLn2Nm", () => Dat.Km.Nanomolar * Math.Log(2))
        .Add("pulse", () => pulse)
        .Add("pulseNm", () => pulse.Nanomolar)
        .Add("halfPulseNm", () => pulse.Nanomolar / 2)
        .Add("datHalfTimeS", () => EvokedReleaseDecay.HalfTime(Dat, pulse).Seconds)
        .Add("datHalfTimeMs", () => EvokedReleaseDecay.HalfTime(Dat, pulse).Milliseconds)
        .Add("datFirstOrderHalfTimeMs", () => Dat.Km.Nanomolar * Math.Log(2) / Dat.Vmax.NanomolarPerSecond * 1000)
        // The competitive blocker
        .Add("blockerKi", () => Blocker.HalfOccupancy)
        .Add("blockerKiNm", () => Blocker.HalfOccupancy.Nanomolar)
        .Add("blockerDose", () => blockerDose)
        .Add("blockerDoseNm", () => blockerDose.Nanomolar)
        .Add("blockerOccupancyPercent", () => Blocker.OccupancyAt(blockerDose) * 100)
        .Add("kmFactor", () => Dat.ApparentKm(Blocker, blockerDose) / Dat.Km)
        .Add("apparentKm", () => Dat.ApparentKm(Blocker, blockerDose))
        // Anticipated mistakes: the "1 +" of 1 + [I]/Ki forgotten, and Km divided instead of multiplied.
        .Add("apparentKmWithoutOne", () => Dat.Km * (blockerDose / Blocker.HalfOccupancy))
        .Add("apparentKmDivided", () => Dat.Km * (1 / (Dat.ApparentKm(Blocker, blockerDose) / Dat.Km)))
        .Add("smallPulse", () => SmallPulse)
        .Add("halfSmallPulseNm", () => SmallPulse.Nanomolar / 2)
        .Add("smallPulseSlowing", () => Slowing(SmallPulse, blockerDose))
        .Add("pulseSlowing", () => Slowing(pulse, blockerDose))
        // MAO isoform shares for dopamine
        .Add("rodentShare", () => MonoamineOxidase.DopamineRodentStriatum.Value)
        .Add("humanShare", () => MonoamineOxidase.DopamineHumanBasalGanglia.Value)
        .Add("rodentRemainingPercent", () => MonoamineOxidase.DopamineRodentStriatum.Value.RemainingActivity(0, 1) * 100)
        .Add("humanRemainingPercent", () => MonoamineOxidase.DopamineHumanBasalGanglia.Value.RemainingActivity(0, 1) * 100)
        // The code exercise's reference: the library's half-time, in seconds
        .AddFunction("halfTime", (Func<double, double, double, double>)((kmNanomolar, peakNanomolar, vmaxNanomolarPerSecond) => EvokedReleaseDecay.HalfTime(
            MichaelisMenten.Create("uptake", ConcentrationRate.FromNanomolarPerSecond(vmaxNanomolarPerSecond), Concentration.FromNanomolar(kmNanomolar)),
            Concentration.FromNanomolar(peakNanomolar)).Seconds));

    /// <summary>How many times longer a pulse takes to halve with the blocker than without it.</summary>
    /// <param name="peak">The released peak.</param>
    /// <param name="dose">The blocker's free concentration.</param>
    /// <returns>The ratio of the half-times (1 = no change).</returns>
    public static double Slowing(Concentration peak, Concentration dose) =>
        EvokedReleaseDecay.HalfTime(Dat, peak, Blocker, dose) / EvokedReleaseDecay.HalfTime(Dat, peak);
}

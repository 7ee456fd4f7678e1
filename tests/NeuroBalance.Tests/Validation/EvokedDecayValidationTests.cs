using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Validation;

/// <summary>
/// Evoked dopamine decay against Suaud-Chagny et al. 1995 (J Neurochem 65:2603,
/// doi:10.1046/j.1471-4159.1995.65062603.x, PMID 7595557): half-time 64 ms in striatum, 113 ms in
/// nucleus accumbens (anaesthetised rat, amperometry); uptake blockers prolonged it by up to +602%.
/// </summary>
/// <remarks>
/// Inputs: DAT K_m 0.2 µM and V_max 8000 µM/h from Best et al. 2009 (model); regional V_max 4 and
/// 1.5 µM/s with K_m 0.16 µM from the Dreyer model code (docs/sources.md, status "code").
/// The model has no diffusion or electrode response, so agreement within tens of percent is the most
/// one can expect; the tolerances below say so.
/// </remarks>
public sealed class EvokedDecayValidationTests
{
    private static readonly Concentration SmallPulse = Concentration.FromNanomolar(10);

    [Fact]
    public void Best2009Dat_SmallPulseHalfTime_IsNearTheStriatalMeasurement()
    {
        // Given the Best 2009 DAT (Km 0.2 µM, Vmax 2.22 µM/s) and a small pulse (10 nM ≪ Km)
        var halfTime = EvokedReleaseDecay.HalfTime(ClearanceParameters.DatBest2009.Value, SmallPulse);

        // Then t½ ≈ Km ln2 / Vmax ≈ 65 ms vs 64 ms measured in rat striatum. Tolerance: ±10%.
        Assert.InRange(halfTime.Milliseconds, 64 * 0.9, 64 * 1.1);
    }

    [Fact]
    public void RegionalCapacities_ReproduceTheDirection_ButOverstateTheRegionalDifference()
    {
        // Given the Dreyer model-code capacities: dorsal striatum 4 µM/s, nucleus accumbens 1.5 µM/s, Km 0.16 µM
        var km = Concentration.FromMicromolar(0.16);
        var striatum = MichaelisMenten.Create("DAT striatum", ConcentrationRate.FromMicromolarPerSecond(4), km);
        var accumbens = MichaelisMenten.Create("DAT NAc", ConcentrationRate.FromMicromolarPerSecond(1.5), km);

        // When
        var ratio = EvokedReleaseDecay.HalfTime(accumbens, SmallPulse) / EvokedReleaseDecay.HalfTime(striatum, SmallPulse);

        // Then accumbens clears more slowly (direction reproduced), but the model ratio is 2.67
        // where the measured one is 113/64 = 1.77: the code values overstate the difference by about 50%.
        // Stated tolerance: direction must match and the ratio must be within a factor 1.6 of the measurement.
        const double measured = 113.0 / 64;
        Assert.True(ratio > 1);
        Assert.Equal(4 / 1.5, ratio, 9);
        Assert.InRange(ratio / measured, 1, 1.6);
    }

    [Fact]
    public void MeasuredHalfTimes_ImplyAccumbensCapacityAboutHalfOfStriatum()
    {
        // Inverse use: which capacity gives each measured half-time for a small pulse (same Km)?
        var km = ClearanceParameters.DatBest2009.Value.Km;
        var striatum = EvokedReleaseDecay.CapacityForHalfTime(Duration.FromMilliseconds(64), km, SmallPulse);
        var accumbens = EvokedReleaseDecay.CapacityForHalfTime(Duration.FromMilliseconds(113), km, SmallPulse);
        Assert.Equal(64.0 / 113, accumbens / striatum, 9);
        Assert.InRange(striatum.MicromolarPerSecond, 2.0, 2.4); // Best 2009 uses 2.22 µM/s
    }

    [Fact]
    public void MaximalBlockerEffect_CorrespondsToAboutSixTimesKi()
    {
        // +602% (×7.02) for a small pulse means Km(1 + [I]/Ki) = 7.02 Km: [I] ≈ 6 × Ki, ~86% transporter occupancy.
        var dat = ClearanceParameters.DatBest2009.Value;
        var blocker = ReceptorBinding.FromKd("cocaine-like blocker (illustrative Ki)", Concentration.FromNanomolar(100));
        var blocked = EvokedReleaseDecay.HalfTime(dat, SmallPulse, blocker, Concentration.FromNanomolar(602));
        var ratio = blocked / EvokedReleaseDecay.HalfTime(dat, SmallPulse);
        Assert.InRange(ratio, 6.7, 7.02); // 6.81: below 7.02 because the 10 nM pulse adds C0/2 to both half-times
        Assert.Equal(6.02 / 7.02, blocker.OccupancyAt(Concentration.FromNanomolar(602)), 9);
    }

    [Fact]
    public void HalvedDat_SlowsDecayTwofold_MeasuredHeterozygotesSlowLess()
    {
        // DAT+/- mice (Kramer et al. 2021, Cell Rep; PMC8240967, Fig. 2G): decay τ 0.409 s (WT) vs 0.648 s (Het), ×1.58.
        // The model with half the capacity predicts ×2.0. Stated tolerance: same direction, model within 30% above.
        var dat = ClearanceParameters.DatBest2009.Value;
        var ratio = EvokedReleaseDecay.HalfTime(dat.WithCapacity(0.5), SmallPulse) / EvokedReleaseDecay.HalfTime(dat, SmallPulse);
        const double measured = 0.648 / 0.409;
        Assert.Equal(2, ratio, 9);
        Assert.InRange(ratio / measured, 1, 1.3);
    }
}

using CsCheck;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Transport;

public sealed class EvokedReleaseDecayTests
{
    private static readonly Gen<Concentration> AnyPeak = LogUniform(-1, 5).Select(Concentration.FromNanomolar);

    [Fact]
    public void ConcentrationAtHalfTime_IsHalfThePeak() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyPeak).Sample((step, peak) =>
        {
            var t = EvokedReleaseDecay.HalfTime(step, peak);
            return Close(peak.Nanomolar / 2, EvokedReleaseDecay.ConcentrationAfter(step, peak, t).Nanomolar, 1e-9);
        });

    [Fact]
    public void Concentration_FallsMonotonicallyAndStaysBetweenZeroAndPeak() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyPeak, LogUniform(-4, 3), LogUniform(-4, 3)).Sample((step, peak, a, b) =>
        {
            var (early, late) = a <= b ? (a, b) : (b, a);
            var cEarly = EvokedReleaseDecay.ConcentrationAfter(step, peak, Duration.FromSeconds(early));
            var cLate = EvokedReleaseDecay.ConcentrationAfter(step, peak, Duration.FromSeconds(late));
            return cLate <= cEarly && cEarly <= peak && cLate.Nanomolar >= 0;
        });

    [Fact]
    public void ExactSolution_MatchesFineRungeKutta()
    {
        // Given DAT (Best 2009) and a 1 µM peak, integrated by RK4 with 10 µs steps for 200 ms
        var dat = ClearanceParameters.DatBest2009.Value;
        double vmax = dat.Vmax.NanomolarPerSecond, km = dat.Km.Nanomolar, c = 1000, h = 1e-5;
        double F(double x) => -vmax * x / (km + x);
        for (var i = 0; i < 20_000; i++)
        {
            var k1 = F(c);
            var k2 = F(c + (h * k1 / 2));
            var k3 = F(c + (h * k2 / 2));
            var k4 = F(c + (h * k3));
            c += h * (k1 + (2 * k2) + (2 * k3) + k4) / 6;
        }

        // Then
        var exact = EvokedReleaseDecay.ConcentrationAfter(dat, Concentration.FromMicromolar(1), Duration.FromMilliseconds(200));
        Assert.True(Close(c, exact.Nanomolar, 1e-9), $"RK4 {c} vs exact {exact.Nanomolar}");
    }

    [Fact]
    public void HalfTime_ScalesInverselyWithCapacity() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyPeak, Gen.Double[0.05, 20]).Sample((step, peak, f) =>
            Close(EvokedReleaseDecay.HalfTime(step, peak).Seconds / f, EvokedReleaseDecay.HalfTime(step.WithCapacity(f), peak).Seconds, 1e-12));

    [Fact]
    public void Blocker_ProlongsDecay() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyPeak, LogUniform(-1, 3)).Sample((step, peak, iOverKi) =>
        {
            var blocker = ReceptorBinding.FromKd("blocker", Concentration.FromNanomolar(10));
            var blocked = EvokedReleaseDecay.HalfTime(step, peak, blocker, Concentration.FromNanomolar(10 * iOverKi));
            return blocked > EvokedReleaseDecay.HalfTime(step, peak);
        });

    [Fact]
    public void CapacityForHalfTime_InvertsHalfTime() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyPeak).Sample((step, peak) =>
            Close(step.Vmax.NanomolarPerSecond, EvokedReleaseDecay.CapacityForHalfTime(EvokedReleaseDecay.HalfTime(step, peak), step.Km, peak).NanomolarPerSecond, 1e-12));

    [Fact]
    public void ExtremeDecay_UnderflowsToZeroWithoutNaN()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        var c = EvokedReleaseDecay.ConcentrationAfter(dat, Concentration.FromNanomolar(100), Duration.FromHours(1));
        Assert.True(c.Nanomolar >= 0 && c.Nanomolar < 1e-100);
    }

    [Fact]
    public void BadArguments_ThrowNamingTheParameter()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        Assert.Equal("peak", Assert.Throws<ParameterOutOfRangeException>(() => EvokedReleaseDecay.HalfTime(dat, Concentration.Zero)).ParamName);
        Assert.Equal("uptake.Vmax", Assert.Throws<ParameterOutOfRangeException>(() => EvokedReleaseDecay.HalfTime(dat.WithCapacity(0), Concentration.FromNanomolar(1))).ParamName);
        Assert.Equal("halfTime", Assert.Throws<ParameterOutOfRangeException>(() => EvokedReleaseDecay.CapacityForHalfTime(Duration.Zero, dat.Km, Concentration.Zero)).ParamName);

        // A half-time beyond the Duration limit names the capacity, not Duration's internal "seconds".
        var slow = MichaelisMenten.Create("slow", ConcentrationRate.FromNanomolarPerHour(1e-3), dat.Km);
        var tooLong = Assert.Throws<ParameterOutOfRangeException>(() => EvokedReleaseDecay.HalfTime(slow, Concentration.FromMillimolar(100)));
        Assert.Equal("uptake.Vmax", tooLong.ParamName);
        Assert.Contains("limit", tooLong.Message);
    }
}

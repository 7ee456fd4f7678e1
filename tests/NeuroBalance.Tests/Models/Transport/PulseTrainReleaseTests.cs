using CsCheck;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Transport;

public sealed class PulseTrainReleaseTests
{
    private static readonly ReceptorBinding Blocker = ReceptorBinding.FromKd("blocker", Concentration.FromNanomolar(100));
    private static readonly Gen<Concentration> AnyRelease = LogUniform(-1, 4).Select(Concentration.FromNanomolar);
    private static readonly Gen<double> AnyFrequency = LogUniform(-0.5, 2.5);

    [Fact]
    public void SinglePulse_PeakIsTheReleaseWhateverTheBlocker_ButTheDecayIsLonger() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyRelease, AnyFrequency, LogUniform(-1, 2)).Sample((step, dc, f, iOverKi) =>
        {
            var i = Concentration.FromNanomolar(100 * iOverKi);
            var peak = PulseTrainRelease.Peak(step, dc, 1, f);
            var blockedPeak = PulseTrainRelease.Peak(step, dc, 1, f, Blocker, i);
            return peak == dc && blockedPeak == dc
                && PulseTrainRelease.DecayHalfTime(step, dc, 1, f, Blocker, i) > PulseTrainRelease.DecayHalfTime(step, dc, 1, f);
        });

    [Fact]
    public void Train_WithBlocker_HasAHigherPeakAndALongerDecay() =>
        Gen.Select(MichaelisMentenTests.AnyStep, AnyRelease, Gen.Int[2, 10], AnyFrequency, LogUniform(-1, 2)).Sample((step, dc, n, f, iOverKi) =>
        {
            var i = Concentration.FromNanomolar(100 * iOverKi);
            var peak = PulseTrainRelease.Peak(step, dc, n, f);
            var blockedPeak = PulseTrainRelease.Peak(step, dc, n, f, Blocker, i);

            // What the first pulse leaves when the second arrives: if uptake has cleared it to rounding level
            // even without the blocker, the two peaks can only be equal; otherwise the blocker must raise the peak.
            var left = EvokedReleaseDecay.ConcentrationAfter(step, dc, Duration.FromSeconds(1 / f)).Nanomolar;
            var peakRises = left > 1e-6 * dc.Nanomolar ? blockedPeak > peak : blockedPeak >= peak;
            var longer = PulseTrainRelease.DecayHalfTime(step, dc, n, f, Blocker, i) > PulseTrainRelease.DecayHalfTime(step, dc, n, f);
            return peakRises && longer && peak >= dc;
        });

    [Fact]
    public void Train_MatchesFineRungeKutta()
    {
        // Given DAT (Best 2009), 4 pulses of 100 nM at 15 Hz with a blocker at 3 × Ki (apparent Km × 4), RK4 with 10 µs steps
        var dat = ClearanceParameters.DatBest2009.Value;
        double vmax = dat.Vmax.NanomolarPerSecond, km = dat.Km.Nanomolar * 4, c = 0, h = 1e-5, peak = 0;
        double F(double x) => -vmax * x / (km + x);
        for (var step = 0; step < 40_000; step++)
        {
            if (step % 6667 == 0 && step / 6667 < 4)
            {
                c += 100;
                peak = Math.Max(peak, c);
            }

            var k1 = F(c);
            var k2 = F(c + (h * k1 / 2));
            var k3 = F(c + (h * k2 / 2));
            var k4 = F(c + (h * k3));
            c += h * (k1 + (2 * k2) + (2 * k3) + k4) / 6;
        }

        // Then (the RK4 pulses fall at multiples of 66.67 ms, the model's at exactly 1/15 s: tolerance 1e-3)
        var train = PulseTrainRelease.Peak(dat, Concentration.FromNanomolar(100), 4, 15, Blocker, Concentration.FromNanomolar(300));
        Assert.True(Close(peak, train.Nanomolar, 1e-3), $"RK4 {peak} vs model {train.Nanomolar}");
        var at400 = PulseTrainRelease.ConcentrationAt(dat, Concentration.FromNanomolar(100), 4, 15, Duration.FromMilliseconds(400), Blocker, Concentration.FromNanomolar(300));
        Assert.True(Close(c, at400.Nanomolar, 1e-3), $"RK4 {c} vs model {at400.Nanomolar}");
    }

    [Fact]
    public void Dat_FourPulsesAt15Hz_BlockerRaisesPeak_SinglePulseUnchanged()
    {
        // Suaud-Chagny et al. 1995 used 4 pulses at 15 Hz: uptake inhibitors raised the striatal peak by about +420%.
        // The model (constant release per pulse, Ki 100 nM, [I] 300 nM) reproduces the direction, with a smaller rise.
        var dat = ClearanceParameters.DatBest2009.Value;
        var dc = Concentration.FromNanomolar(100);
        var i = Concentration.FromNanomolar(300);
        Assert.Equal(dc, PulseTrainRelease.Peak(dat, dc, 1, 15, Blocker, i));
        var rise = PulseTrainRelease.Peak(dat, dc, 4, 15, Blocker, i) / PulseTrainRelease.Peak(dat, dc, 4, 15);
        Assert.InRange(rise, 1.2, 5.2);
        Assert.True(PulseTrainRelease.DecayHalfTime(dat, dc, 4, 15, Blocker, i).Seconds > 2 * PulseTrainRelease.DecayHalfTime(dat, dc, 4, 15).Seconds);
    }

    [Fact]
    public void ConcentrationAt_JustAfterEachPulse_NeverExceedsThePeak_AndEqualsItSomewhere()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        var dc = Concentration.FromNanomolar(100);
        var values = Enumerable.Range(0, 4).Select(k => PulseTrainRelease.ConcentrationAt(dat, dc, 4, 15, Duration.FromSeconds(k / 15.0))).ToArray();
        var peak = PulseTrainRelease.Peak(dat, dc, 4, 15);
        Assert.All(values, v => Assert.True(v.Nanomolar <= peak.Nanomolar * (1 + 1e-12)));
        Assert.Contains(values, v => Close(peak.Nanomolar, v.Nanomolar, 1e-9));
        Assert.Equal(dc, PulseTrainRelease.ConcentrationAt(dat, dc, 4, 15, Duration.Zero));
    }

    [Fact]
    public void BadArguments_ThrowNamingParameterValueAndRange()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        var dc = Concentration.FromNanomolar(100);
        void Expect(string param, Action call)
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(call);
            Assert.Equal(param, e.ParamName);
            Assert.Contains(param, e.Message, StringComparison.Ordinal);
        }

        Expect("releasePerPulse", () => PulseTrainRelease.Peak(dat, Concentration.Zero, 4, 15));
        Expect("pulses", () => PulseTrainRelease.Peak(dat, dc, 0, 15));
        Expect("pulses", () => PulseTrainRelease.Peak(dat, dc, PulseTrainRelease.MaxPulses + 1, 15));
        Expect("frequencyHz", () => PulseTrainRelease.Peak(dat, dc, 4, 0));
        Expect("frequencyHz", () => PulseTrainRelease.Peak(dat, dc, 4, double.NaN));
        Expect("frequencyHz", () => PulseTrainRelease.Peak(dat, dc, 4, 5000));
        Expect("uptake.Vmax", () => PulseTrainRelease.DecayHalfTime(dat.WithCapacity(0), dc, 4, 15));
        Assert.Contains("[1, 1000]", Assert.Throws<ParameterOutOfRangeException>(() => PulseTrainRelease.Peak(dat, dc, 0, 15)).Message, StringComparison.Ordinal);
        Assert.Equal("inhibitor", Assert.Throws<InvalidParameterException>(() =>
            PulseTrainRelease.Peak(dat, dc, 4, 15, ReceptorBinding.WithHill("cooperative", Concentration.FromNanomolar(10), 2), dc)).ParamName);
    }
}

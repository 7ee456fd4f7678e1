using CsCheck;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>Invariants of the serotonin terminal over random scenarios, and its input checks.</summary>
public sealed class SerotoninTerminalPropertyTests
{
    // Slider ranges: TPH/SERT/MAO 0.1–10×, blood tryptophan 10–400 µM, SSRI 0–1 µM, feedback gain 0–1.
    private static readonly Gen<SerotoninTerminal> AnyScenario =
        Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 1], Gen.Double[10, 400], Gen.Double[0, 1], Gen.Double[0, 1])
            .Select((tph, sert, trp, ssri, gain) => SerotoninTerminal.Default
                .WithTphScale(Math.Pow(10, tph))
                .WithSertScale(Math.Pow(10, sert))
                .WithBloodTryptophan(Concentration.FromMicromolar(trp))
                .WithSsri(Concentration.FromMicromolar(ssri))
                .WithAutoreceptorGain(gain));

    [Fact]
    public void Respond_ConcentrationsStayNonNegative() =>
        AnyScenario.Sample(model => TerminalInvariants.StaysNonNegative(SerotoninTerminal.Default, model, Duration.FromHours(24)), iter: 25);

    [Fact]
    public void SteadyState_DoesNotDependOnSolverTolerance() =>
        AnyScenario.Sample(TerminalInvariants.SteadyStateIgnoresTolerance, iter: 25);

    [Fact]
    public void SteadyState_KeepsTheBiopterinTotalOfOneMicromolar() =>
        AnyScenario.Sample(
            model =>
            {
                var s = model.SteadyState();
                return Math.Abs(s.Micromolar(SerotoninTerminal.Bh4) + s.Micromolar(SerotoninTerminal.Bh2) - 1) < 1e-6;
            },
            iter: 25);

    [Fact]
    public void SertScale_Higher_LowersExtracellularSerotonin() =>
        Gen.Select(Gen.Double[-1, 1], Gen.Double[0.05, 1]).Sample(
            (logScale, step) =>
                SerotoninTerminal.Default.WithSertScale(Math.Pow(10, logScale + step)).SteadyState().Micromolar(SerotoninTerminal.Eht)
                < SerotoninTerminal.Default.WithSertScale(Math.Pow(10, logScale)).SteadyState().Micromolar(SerotoninTerminal.Eht),
            iter: 25);

    [Fact]
    public void NearlyNoSynthesis_StillHasASteadyStateWithAlmostNoSerotonin()
    {
        // The exact zero is degenerate (documented limit); anything above it must work.
        foreach (var model in new[] { SerotoninTerminal.Default.WithTphScale(1e-6), SerotoninTerminal.Default.WithBloodTryptophan(Concentration.FromNanomolar(0.1)) })
        {
            var s = model.SteadyState();
            Assert.True(s.Micromolar(SerotoninTerminal.Eht) < 1e-3 * SerotoninTerminal.Default.SteadyState().Micromolar(SerotoninTerminal.Eht), model.ToString());
        }
    }

    [Fact]
    public void BadInput_ThrowsNamingTheParameter()
    {
        var m = SerotoninTerminal.Default;
        Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => m.WithSertScale(-0.1)).ParamName);
        Assert.Equal("gain", Assert.Throws<ParameterOutOfRangeException>(() => m.WithAutoreceptorGain(1.5)).ParamName);
        Assert.Equal("ssri", Assert.Throws<ParameterOutOfRangeException>(() => m.WithSsri(Concentration.FromMillimolar(1))).ParamName);
        Assert.Equal("ki", Assert.Throws<ParameterOutOfRangeException>(() => m.WithSsri(Concentration.FromNanomolar(10), Concentration.Zero)).ParamName);
        Assert.Equal("bloodTryptophan", Assert.Throws<ParameterOutOfRangeException>(() => m.WithBloodTryptophan(Concentration.FromMillimolar(11))).ParamName);
        Assert.Equal("frequency", Assert.Throws<ParameterOutOfRangeException>(() => m.WithFiring(Rate.FromPerSecond(25))).ParamName);
    }
}

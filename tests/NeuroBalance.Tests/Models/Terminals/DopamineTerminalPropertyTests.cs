using CsCheck;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>Invariants of the dopamine terminal over random scenarios, and its input checks.</summary>
public sealed class DopamineTerminalPropertyTests
{
    // Scenarios over the ranges a learner's sliders reach: scalings 0.1–10×, firing 0–30 Hz, blood tyrosine 10–500 µM.
    private static readonly Gen<DopamineTerminal> AnyScenario =
        Gen.Select(Gen.Double[-1, 1], Gen.Double[-1, 1], Gen.Double[0, 30], Gen.Double[10, 500], Gen.Bool)
            .Select((th, dat, hz, tyr, auto) => DopamineTerminal.Default
                .WithThScale(Math.Pow(10, th))
                .WithDatScale(Math.Pow(10, dat))
                .WithFiring(Rate.FromPerSecond(hz))
                .WithBloodTyrosine(Concentration.FromMicromolar(tyr))
                .WithAutoreceptors(auto));

    [Fact]
    public void Respond_ConcentrationsStayNonNegative() =>
        AnyScenario.Sample(model => TerminalInvariants.StaysNonNegative(DopamineTerminal.Default, model, Duration.FromHours(24), 49), iter: 40);

    [Fact]
    public void SteadyState_DoesNotDependOnSolverTolerance() =>
        AnyScenario.Sample(TerminalInvariants.SteadyStateIgnoresTolerance, iter: 40);

    [Fact]
    public void SteadyState_KeepsTheBiopterinTotalOfTheStartingState() =>
        // BH4 + BH2 is conserved (d bh4/dt = −d bh2/dt), so every steady state keeps the 319 + 41 = 360 µM
        // of the starting state. (Regression: clipping negative BH4 in long pseudo-time steps once added mass,
        // found by the tolerance property at firing ≈ 0 Hz with TH ×10.)
        AnyScenario.Sample(
            model =>
            {
                var s = model.SteadyState();
                return Math.Abs(s.Micromolar(DopamineTerminal.Bh4) + s.Micromolar(DopamineTerminal.Bh2) - 360) < 360 * 1e-6;
            },
            iter: 40);

    [Fact]
    public void SteadyState_NoFiringAndHighTh_IndependentOfTolerance() =>
        Assert.True(TerminalInvariants.SteadyStateIgnoresTolerance(
            DopamineTerminal.Default.WithThScale(10).WithFiring(Rate.Zero).WithBloodTyrosine(Concentration.FromMicromolar(222))));

    [Fact]
    public void SteadyState_AgreesWithALongTimeIntegration()
    {
        var model = DopamineTerminal.Default.WithFiring(Rate.FromPerSecond(15));
        var integrated = model.Simulate(DopamineTerminal.Default.SteadyState(), Duration.FromWeeks(1), 2).FinalState();
        var steady = model.SteadyState();

        foreach (var name in model.StateNames)
        {
            Assert.Equal(steady.Micromolar(name), integrated[name], steady.Micromolar(name) * 1e-4);
        }
    }

    [Fact]
    public void DatScale_Higher_LowersExtracellularDopamine() =>
        Gen.Select(Gen.Double[-1, 1], Gen.Double[0.05, 1]).Sample(
            (logScale, step) =>
            {
                var low = DopamineTerminal.Default.WithDatScale(Math.Pow(10, logScale));
                var high = DopamineTerminal.Default.WithDatScale(Math.Pow(10, logScale + step));
                return high.SteadyState().Micromolar(DopamineTerminal.Eda) < low.SteadyState().Micromolar(DopamineTerminal.Eda);
            },
            iter: 40);

    [Fact]
    public void BadInput_ThrowsNamingTheParameter()
    {
        var m = DopamineTerminal.Default;
        Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => m.WithDatScale(-1)).ParamName);
        Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => m.WithThScale(double.NaN)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ParameterOutOfRangeException>(() => m.WithFiring(Rate.FromPerSecond(100))).ParamName);
        Assert.Equal("bloodTyrosine", Assert.Throws<ParameterOutOfRangeException>(() => m.WithBloodTyrosine(Concentration.FromMillimolar(20))).ParamName);
        Assert.Equal("duration", Assert.Throws<ParameterOutOfRangeException>(() => m.Simulate(m.SteadyState(), Duration.Zero)).ParamName);
        Assert.Equal("points", Assert.Throws<ParameterOutOfRangeException>(() => m.Simulate(m.SteadyState(), Duration.FromHours(1), 1)).ParamName);
        var message = Assert.Throws<ParameterOutOfRangeException>(() => m.WithDatScale(-1)).Message;
        Assert.Contains("-1", message);
        Assert.Contains("[0, 100]", message);
    }
}

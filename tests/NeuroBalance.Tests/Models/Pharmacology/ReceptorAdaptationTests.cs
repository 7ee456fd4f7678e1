using CsCheck;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Pharmacology;

public sealed class ReceptorAdaptationTests
{
    private static readonly ReceptorAdaptation Receptor = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value;
    private static readonly Gen<double> AnyStimulation = Gen.Frequency((1, Gen.Const(0.0)), (9, LogUniform(-2, 2)));
    private static readonly Gen<Duration> AnyElapsed = LogUniform(-1, 7).Select(Duration.FromSeconds);
    private static readonly Gen<AdaptationState> AnyState = Gen.Select(Gen.Double[0.1, 3], Gen.Double[0, 0.29]).Select((r, d) => new AdaptationState(r, d));

    [Fact]
    public void Advance_IsExact_TwoStepsEqualOne() =>
        // The closed form is the exact flow of a linear ODE, so advancing t1 then t2 equals advancing t1 + t2.
        Gen.Select(AnyState, AnyStimulation, AnyElapsed, AnyElapsed).Sample((x, s, t1, t2) =>
        {
            var twoSteps = Receptor.Advance(Receptor.Advance(x, s, t1), s, t2);
            var oneStep = Receptor.Advance(x, s, t1 + t2);
            return Math.Abs(twoSteps.Density - oneStep.Density) < 1e-12 && Math.Abs(twoSteps.Desensitized - oneStep.Desensitized) < 1e-12;
        });

    [Fact]
    public void Advance_MatchesFineRungeKuttaIntegration()
    {
        // Given the model ODE dR/dt = (R∞ − R)/τr integrated by RK4 with 1-hour steps over 10 days at s = 3
        var target = Receptor.SteadyStateAt(3).Density;
        var tauHours = Receptor.RegulationTime.Hours;
        double r = 1;
        for (var i = 0; i < 240; i++)
        {
            double F(double x) => (target - x) / tauHours;
            var k1 = F(r);
            var k2 = F(r + (k1 / 2));
            var k3 = F(r + (k2 / 2));
            var k4 = F(r + k3);
            r += (k1 + (2 * k2) + (2 * k3) + k4) / 6;
        }

        // Then the closed form agrees to RK4's accuracy
        Assert.Equal(r, Receptor.Advance(AdaptationState.Baseline, 3, Duration.FromDays(10)).Density, 9);
    }

    [Fact]
    public void SustainedOverstimulation_DownRegulates_UnderstimulationUpRegulates()
    {
        var over = Receptor.Advance(AdaptationState.Baseline, 3, Duration.FromWeeks(20));
        var under = Receptor.Advance(AdaptationState.Baseline, 0.5, Duration.FromWeeks(20));
        Assert.Equal(1.0 / 3, over.Density, 5);
        Assert.Equal(2, under.Density, 5);
        Assert.Equal(0, under.Desensitized);
        Assert.True(over.Sensitivity < 1.0 / 3);
    }

    [Fact]
    public void DensityChange_Is95PercentDoneAtThreeTimeConstants()
    {
        var target = Receptor.SteadyStateAt(3).Density;
        var at21Days = Receptor.Advance(AdaptationState.Baseline, 3, Duration.FromDays(21)).Density;
        Assert.Equal(1 - Math.Exp(-3), (1 - at21Days) / (1 - target), 12);
    }

    [Fact]
    public void States_StayWithinBounds() =>
        Gen.Select(AnyState, AnyStimulation, AnyElapsed).Sample((x, s, t) =>
        {
            var next = Receptor.Advance(x, s, t);
            return next.Density >= Receptor.MinDensity - 1e-12 && next.Density <= Receptor.MaxDensity + 1e-12 &&
                   next.Desensitized >= 0 && next.Desensitized <= Receptor.MaxDesensitization + 1e-12 && next.Sensitivity >= 0;
        });

    [Fact]
    public void Simulate_SamplesEveryStepAndStartsAtBaseline()
    {
        var trajectory = Receptor.Simulate([new StimulationStep(Duration.FromWeeks(3), 3), new StimulationStep(Duration.FromWeeks(3), 1)], 21);
        Assert.Equal(43, trajectory.Count);
        Assert.Equal(AdaptationState.Baseline, trajectory[0].State);
        Assert.Equal(6, trajectory[^1].Time.Weeks, 9);
        Assert.True(trajectory[21].State.Density < trajectory[^1].State.Density, "density recovers after the stimulation stops");
    }

    [Fact]
    public void SsriScenario_OutputRisesOverWeeks()
    {
        var course = SsriDelayScenario.Simulate(Receptor, Duration.FromWeeks(6), Duration.Zero, pointsPerStep: 1008); // hourly samples
        var firstDay = course.First(p => p.Time >= Duration.FromHours(1));
        var sixWeeks = course[^1];
        Assert.True(firstDay.Firing < 0.6, $"firing after the first hour {firstDay.Firing}");
        Assert.True(sixWeeks.Firing > 0.95, $"chronic firing {sixWeeks.Firing}");
        Assert.True(sixWeeks.SerotoninOutput > 1.8 * firstDay.SerotoninOutput);
    }

    [Fact]
    public void BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("duration", Assert.Throws<ParameterOutOfRangeException>(() => new StimulationStep(Duration.Zero, 1)).ParamName);
        BadNumber.Sample(s => Assert.Equal("stimulation", Assert.Throws<ParameterOutOfRangeException>(() => new StimulationStep(Duration.FromDays(1), s)).ParamName));
        Assert.Equal("maxDesensitization", Assert.Throws<ParameterOutOfRangeException>(() =>
            ReceptorAdaptation.Create("R", Duration.FromMinutes(1), 1, 1, Duration.FromDays(1), 1, 0.1, 2)).ParamName);
        Assert.Equal("state.Density", Assert.Throws<ParameterOutOfRangeException>(() => Receptor.Advance(new AdaptationState(-1, 0), 1, Duration.FromDays(1))).ParamName);
        Assert.Equal("schedule", Assert.Throws<InvalidParameterException>(() => Receptor.Simulate([])).ParamName);
        Assert.Equal("uptakeBlockFactor", Assert.Throws<ParameterOutOfRangeException>(() => SsriDelayScenario.Simulate(Receptor, Duration.FromDays(1), Duration.Zero, 0.5)).ParamName);
    }
}

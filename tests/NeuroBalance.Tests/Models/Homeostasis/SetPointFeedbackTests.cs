using CsCheck;
using NeuroBalance.Models.Homeostasis;
using NeuroBalance.Models.Solvers;

namespace NeuroBalance.Tests.Models.Homeostasis;

public sealed class SetPointFeedbackTests
{
    private static readonly Gen<double> AnyGain = Gen.Frequency((1, Gen.Const(0.0)), (9, Gen.Double[0, SetPointFeedback.MaxGain]));

    private static readonly Gen<Disturbance> AnyDisturbance = Gen.Select(
        Gen.Double[0, Disturbance.MaxFactor], Gen.Double[Disturbance.MinClearanceFactor, Disturbance.MaxFactor], Disturbance.Of);

    // Values no factor, gain or time may take.
    private static readonly Gen<double> NotFinite = Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    [Fact]
    public void SteadyStateLevel_NoDisturbance_IsTheSetPoint() =>
        AnyGain.Sample(g => Assert.Equal(1, SetPointFeedback.WithGain(g).SteadyStateLevel(Disturbance.None), 12));

    [Theory]
    [InlineData(0, 2, 2.0)]
    [InlineData(4, 2, 1.2)]
    [InlineData(4, 0.5, 0.9)]
    [InlineData(1, 0, 0.5)]
    public void SteadyStateLevel_ProductionScaled_MatchesClosedForm(double gain, double p, double expected)
    {
        // Given / When
        var level = SetPointFeedback.WithGain(gain).SteadyStateLevel(Disturbance.ProductionScaled(p));

        // Then: y* = (p + G)/(1 + G)
        Assert.Equal(expected, level, 12);
    }

    [Fact]
    public void ProductionChange_DeviationShrinks_ByOneOverOnePlusGain() =>
        Gen.Select(AnyGain, Gen.Double[0, Disturbance.MaxFactor]).Sample((g, p) =>
        {
            var d = Disturbance.ProductionScaled(p);
            var open = SetPointFeedback.NoFeedback.SteadyStateDeviation(d);
            var closed = SetPointFeedback.WithGain(g).SteadyStateDeviation(d);
            Assert.Equal(open * SetPointFeedback.DeviationFactor(g), closed, 1e-9 * (1 + Math.Abs(open)));
            Assert.Equal(SetPointFeedback.DeviationFactor(g), SetPointFeedback.WithGain(g).DeviationRatio(d), 12);
        });

    [Fact]
    public void ClearanceHalved_GainFour_RisesByOneNinthOfTheOpenLoop()
    {
        var d = Disturbance.ClearanceScaled(0.5);

        Assert.Equal(2, SetPointFeedback.NoFeedback.SteadyStateLevel(d), 12);
        Assert.Equal(5 / 4.5, SetPointFeedback.Illustrative.SteadyStateLevel(d), 12);
        Assert.Equal(1 / 9.0, SetPointFeedback.Illustrative.DeviationRatio(d), 12);
        Assert.Equal(1 / 4.5, SetPointFeedback.Illustrative.TimeConstant(d), 12);
    }

    [Fact]
    public void LevelAt_StartsAtSetPoint_AndEndsAtSteadyState() =>
        Gen.Select(AnyGain, AnyDisturbance).Sample((g, d) =>
        {
            var model = SetPointFeedback.WithGain(g);
            Assert.Equal(1, model.LevelAt(d, 0), 12);
            Assert.Equal(model.SteadyStateLevel(d), model.LevelAt(d, 60 * model.TimeConstant(d)), 9);
        });

    [Fact]
    public void LevelAt_MovesMonotonically_AndProductionNeverGoesNegative() =>
        Gen.Select(AnyGain, AnyDisturbance, Gen.Double[0, 50], Gen.Double[0, 50]).Sample((g, d, t1, t2) =>
        {
            var model = SetPointFeedback.WithGain(g);
            var (early, late) = (model.LevelAt(d, Math.Min(t1, t2)), model.LevelAt(d, Math.Max(t1, t2)));
            var target = model.SteadyStateLevel(d);
            Assert.True(Math.Abs(late - target) <= Math.Abs(early - target) + 1e-12);
            var production = d.ProductionFactor - (g * (late - 1));
            Assert.True(production >= -1e-9, $"production {production}");
        });

    [Theory]
    [InlineData(0, 2, 1)]
    [InlineData(4, 1, 0.5)]
    [InlineData(4, 3, 0.2)]
    public void LevelAt_AgreesWithTheRosenbrockSolver(double gain, double p, double s)
    {
        // Given: the ODE dy/dτ = (p + G) − (s + G)·y solved numerically
        var model = SetPointFeedback.WithGain(gain);
        var d = Disturbance.Of(p, s);
        void F(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = (p + gain) - ((s + gain) * y[0]);

        // When
        var numeric = RosenbrockSolver.Solve(F, [1.0], 0, 5, 21, new SolverOptions(1e-9, 1e-11));

        // Then
        for (var i = 0; i < numeric.Times.Count; i++)
        {
            Assert.Equal(model.LevelAt(d, numeric.Times[i]), numeric.States[i][0], 1e-6);
        }
    }

    [Fact]
    public void WithGain_OutOfRange_ThrowsNamingGain() =>
        Gen.OneOf(NotFinite, Gen.Double[-1e6, -1e-9], Gen.Double[SetPointFeedback.MaxGain * 1.0001, 1e9]).Sample(g =>
        {
            Assert.Equal("gain", Assert.Throws<ParameterOutOfRangeException>(() => SetPointFeedback.WithGain(g)).ParamName);
            Assert.Equal("gain", Assert.Throws<ParameterOutOfRangeException>(() => SetPointFeedback.DeviationFactor(g)).ParamName);
        });

    [Fact]
    public void LevelAt_BadTime_ThrowsNamingTime() =>
        Gen.OneOf(NotFinite, Gen.Double[-1e6, -1e-9], Gen.Double[SetPointFeedback.MaxTime * 1.0001, 1e12]).Sample(t =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => SetPointFeedback.Illustrative.LevelAt(Disturbance.None, t));
            Assert.Equal("time", e.ParamName);
            Assert.Contains("but was", e.Message, StringComparison.Ordinal);
        });

    [Fact]
    public void Disturbance_BadFactors_ThrowNamingTheParameter() =>
        Gen.OneOf(NotFinite, Gen.Double[-1e6, -1e-9], Gen.Double[Disturbance.MaxFactor * 1.0001, 1e9]).Sample(f =>
        {
            Assert.Equal("productionFactor", Assert.Throws<ParameterOutOfRangeException>(() => Disturbance.Of(f, 1)).ParamName);
            Assert.Equal("clearanceFactor", Assert.Throws<ParameterOutOfRangeException>(() => Disturbance.Of(1, f)).ParamName);
            Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => Disturbance.ProductionScaled(f)).ParamName);
            Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => Disturbance.ClearanceScaled(f)).ParamName);
        });

    [Fact]
    public void Disturbance_ClearanceBelowMinimum_Throws() =>
        Gen.Double[0, Disturbance.MinClearanceFactor * 0.999].Sample(s =>
            Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => Disturbance.ClearanceScaled(s)).ParamName));

    [Fact]
    public void Methods_NullDisturbance_ThrowNamingDisturbance()
    {
        var model = SetPointFeedback.Illustrative;
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => model.SteadyStateLevel(null!)).ParamName);
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => model.SteadyStateDeviation(null!)).ParamName);
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => model.DeviationRatio(null!)).ParamName);
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => model.TimeConstant(null!)).ParamName);
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => model.LevelAt(null!, 1)).ParamName);
    }

    [Theory]
    [InlineData(1, 1, "no disturbance")]
    [InlineData(2, 1, "production × 2")]
    [InlineData(1, 0.5, "clearance × 0.5")]
    [InlineData(2, 0.5, "production × 2, clearance × 0.5")]
    public void Disturbance_ToString_SaysWhatChanged(double p, double s, string expected) =>
        Assert.Equal(expected, Disturbance.Of(p, s).ToString());

    [Fact]
    public void ToString_NamesTheGain()
    {
        Assert.Equal("no feedback (G = 0)", SetPointFeedback.NoFeedback.ToString());
        Assert.Equal("set-point feedback (G = 4)", SetPointFeedback.Illustrative.ToString());
    }
}

using CsCheck;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>
/// The lesson-06 perturbation experiments on the Best 2009 dopamine terminal: known results, the
/// direction of the feedback's effect, <see cref="FeedbackComparison.Buffering"/>, and bad input (CsCheck).
/// </summary>
public sealed class AutoreceptorExperimentTests
{
    // Factors outside [0.01, 100]: not finite, zero or negative, just below the minimum, above the maximum.
    private static readonly Gen<double> BadFactor = Gen.OneOf(BadNumber, Gen.Const(0.0), Gen.Double[0, 0.0099], Gen.Double[100.001, 1e9]);

    // Valid rates outside the experiment's [0.05, 50] Hz (Rate itself rejects negative and non-finite values).
    private static readonly Gen<double> BadHertz = Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 0.049], Gen.Double[50.001, 1e5]);

    [Theory]
    [InlineData(0.5, 0.83, 0.64)] // Best et al. 2009: autoreceptors damp the effect of TH expression (values of this implementation, as in the validation tests)
    [InlineData(2.0, 1.22, 1.37)]
    public void ThScaling_KnownValues(double factor, double with, double without)
    {
        // When
        var result = AutoreceptorExperiment.ThScaling(factor);

        // Then
        Assert.Equal(with, result.WithFeedback, 0.01);
        Assert.Equal(without, result.WithoutFeedback, 0.01);
        Assert.Equal("eda", result.Variable);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(4)]
    public void ThScaling_FeedbackDampsButDoesNotCancel(double factor)
    {
        var result = AutoreceptorExperiment.ThScaling(factor);

        Assert.True(Math.Abs(Math.Log(result.WithFeedback)) < Math.Abs(Math.Log(result.WithoutFeedback)));
        Assert.NotEqual(1, result.WithFeedback, 0.01);
        Assert.InRange(result.Buffering, 0.01, 0.99);
    }

    [Fact]
    public void ThScaling_OfOne_ChangesNothing()
    {
        var result = AutoreceptorExperiment.ThScaling(1);

        Assert.Equal(1, result.WithFeedback, 1e-9);
        Assert.Equal(1, result.WithoutFeedback, 1e-9);
    }

    [Fact]
    public void Firing_FifteenHertz_RaisesExtracellularDopamineLessWithFeedback_AndDrainsTheStoreMore()
    {
        // Given the paper's 5 → 15 Hz step (Best et al. 2009, Fig. 11)
        var eda = AutoreceptorExperiment.Firing(Rate.FromPerSecond(15));
        var vda = AutoreceptorExperiment.Firing(Rate.FromPerSecond(15), DopamineTerminal.Vda);

        // Then: the feedback protects eda at the store's expense
        Assert.InRange(eda.WithFeedback, 1.5, eda.WithoutFeedback);
        Assert.True(vda.WithFeedback < vda.WithoutFeedback);
        Assert.True(vda.Buffering < 0);
    }

    [Fact]
    public void Buffering_IsOneMinusTheLogRatio_AndNaNWithoutAChange()
    {
        Assert.Equal(0.5, new FeedbackComparison("x", "eda", 2, 4).Buffering, 1e-12);
        Assert.Equal(0.5, new FeedbackComparison("x", "eda", 0.5, 0.25).Buffering, 1e-12);
        Assert.True(double.IsNaN(new FeedbackComparison("x", "eda", 1, 1).Buffering));
        Assert.Equal("x: eda × 2 with feedback, × 4 without (buffering 50%)", new FeedbackComparison("x", "eda", 2, 4).ToString());
    }

    [Fact]
    public void ThScaling_BadFactor_ThrowsNamingFactor() =>
        BadFactor.Sample(f => Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => AutoreceptorExperiment.ThScaling(f)).ParamName));

    [Fact]
    public void Firing_BadFrequency_ThrowsNamingFrequency() =>
        BadHertz.Sample(hz => Assert.Equal("frequency", Assert.Throws<ParameterOutOfRangeException>(() => AutoreceptorExperiment.Firing(Rate.FromPerSecond(hz))).ParamName));

    [Fact]
    public void UnknownVariable_ThrowsNamingVariable()
    {
        Gen.String.Where(s => s is not ("tyr" or "tyrpool" or "bh4" or "bh2" or "ldopa" or "cda" or "vda" or "eda" or "hva")).Sample(name =>
        {
            var e = Record.Exception(() => AutoreceptorExperiment.ThScaling(2, name));
            Assert.Equal("variable", Assert.IsAssignableFrom<ArgumentException>(e).ParamName);
        });
    }
}

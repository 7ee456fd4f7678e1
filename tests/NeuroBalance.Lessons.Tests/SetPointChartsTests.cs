using CsCheck;
using NeuroBalance.Charts;
using NeuroBalance.Lessons;
using NeuroBalance.Models.Homeostasis;

namespace NeuroBalance.Lessons.Tests;

public sealed class SetPointChartsTests
{
    private static readonly Gen<double> NotFinite = Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    [Fact]
    public void FeedbackResponse_HasOpenLoop_Feedback_AndSetPoint_EndingAtTheSteadyStates()
    {
        // Given
        var d = Disturbance.ProductionScaled(2);

        // When
        var figure = SetPointCharts.FeedbackResponse(d, gain: 4, duration: 20, points: 201);

        // Then
        Assert.Equal(3, figure.Series.Count);
        Assert.Equal(2, figure.Series[0].Y[^1], 6);
        Assert.Equal(1.2, figure.Series[1].Y[^1], 6);
        Assert.All(figure.Series[2].Y, y => Assert.Equal(1, y));
        Assert.Contains("multiple of the set point", figure.YAxis.Title, StringComparison.Ordinal);
        Assert.Contains("Illustrative", figure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void GainSlider_HasOneFramePerGain_StartingAtGainFour()
    {
        var slider = SetPointCharts.GainSlider(Disturbance.ClearanceScaled(0.5));

        Assert.Equal(SetPointCharts.DefaultGains.Count, slider.Frames.Count);
        Assert.Equal("G = 4", slider.Frames[slider.InitialFrame].Label);
        Assert.All(slider.Frames, f => Assert.Equal(3, f.Series.Count));
        Assert.Equal(SetPointFeedback.Illustrative.LevelAt(Disturbance.ClearanceScaled(0.5), 5), slider.Frames[slider.InitialFrame].Series[1].Y[^1], 9);
    }

    [Fact]
    public void DeviationVersusGain_ProductionChange_ModelEqualsTheRule()
    {
        var figure = SetPointCharts.DeviationVersusGain(Disturbance.ProductionScaled(1.5), maxGain: 10, points: 11);

        Assert.Equal(50, figure.Series[0].Y[0], 9);
        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(figure.Series[1].Y[i], figure.Series[0].Y[i], 9);
        }
    }

    [Fact]
    public void DeviationVersusGain_ClearanceHalved_RuleOverestimates()
    {
        var figure = SetPointCharts.DeviationVersusGain(Disturbance.ClearanceScaled(0.5), maxGain: 4, points: 5);

        Assert.Equal(100 * SetPointFeedback.Illustrative.SteadyStateDeviation(Disturbance.ClearanceScaled(0.5)), figure.Series[0].Y[^1], 9);
        Assert.True(figure.Series[1].Y[^1] > figure.Series[0].Y[^1]);
    }

    [Fact]
    public void Charts_BadArguments_ThrowNamingTheParameter() =>
        Gen.OneOf(NotFinite, Gen.Double[-1e6, 0], Gen.Double[SetPointCharts.MaxDuration * 1.001, 1e9]).Sample(bad =>
        {
            var d = Disturbance.None;
            Assert.Equal("duration", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.FeedbackResponse(d, duration: bad)).ParamName);
            Assert.Equal("duration", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.GainSlider(d, duration: bad)).ParamName);
            Assert.Equal("maxGain", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.DeviationVersusGain(d, maxGain: bad)).ParamName);
            Assert.Equal("gain", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.FeedbackResponse(d, gain: -Math.Abs(bad) - 1)).ParamName);
        });

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(SetPointCharts.MaxPoints + 1)]
    public void Charts_BadPointCount_ThrowsNamingPoints(int points)
    {
        Assert.Equal("points", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.FeedbackResponse(Disturbance.None, points: points)).ParamName);
        Assert.Equal("points", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.DeviationVersusGain(Disturbance.None, points: points)).ParamName);
    }

    [Fact]
    public void GainSlider_TooFewGains_OrBadGain_Throws()
    {
        Assert.Equal("gains.Count", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.GainSlider(Disturbance.None, [4])).ParamName);
        Assert.Equal("gain", Assert.Throws<ParameterOutOfRangeException>(() => SetPointCharts.GainSlider(Disturbance.None, [0, -1])).ParamName);
    }

    [Fact]
    public void Charts_NullDisturbance_ThrowsNamingDisturbance()
    {
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => SetPointCharts.FeedbackResponse(null!)).ParamName);
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => SetPointCharts.GainSlider(null!)).ParamName);
        Assert.Equal("disturbance", Assert.ThrowsAny<ArgumentNullException>(() => SetPointCharts.DeviationVersusGain(null!)).ParamName);
    }
}

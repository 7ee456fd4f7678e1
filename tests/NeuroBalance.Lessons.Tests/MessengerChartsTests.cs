using NeuroBalance.Charts;
using NeuroBalance.Content;
using NeuroBalance.Lessons;
using NeuroBalance.Models.Binding;

namespace NeuroBalance.Lessons.Tests;

public sealed class MessengerChartsTests
{
    [Fact]
    public void ReceptorResponses_HasTwoCurvesAndTwoMarks_FromTheKnowledgeBase()
    {
        // Given
        var kd = ContentValues.ReceptorConstant("5-HT2A", "serotonin").Low;

        // When
        var figure = MessengerCharts.ReceptorResponses();

        // Then
        Assert.Equal(4, figure.Series.Count);
        Assert.Equal(AxisScale.Log, figure.XAxis.Scale);
        var ht2a = figure.Series[0];
        var nearest = Enumerable.Range(0, ht2a.X.Count).MinBy(i => Math.Abs(Math.Log(ht2a.X[i] / kd.Nanomolar)));
        Assert.Equal(Occupancy.MassAction(NeuroBalance.Quantities.Concentration.FromNanomolar(ht2a.X[nearest]), kd), ht2a.Y[nearest], 12);
        Assert.All(figure.Series.SelectMany(s => s.Y), y => Assert.InRange(y, 0, 1));
        Assert.Contains("Jahn", figure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcentrationLadder_PutsEachValueOnItsRow_AndGabaRangeIsABox()
    {
        var figure = MessengerCharts.ConcentrationLadder();

        Assert.Equal(7, figure.Series.Count);
        Assert.Equal(0.1, figure.Series.Min(f => f.X.Min()), 12);
        Assert.Equal(1e7, figure.Series.Max(f => f.X.Max()), 3);
        var gaba = figure.Series.Single(s => s.Name.StartsWith("GABA: ambient", StringComparison.Ordinal));
        Assert.Equal(5, gaba.X.Count);
        Assert.Equal(200, gaba.X.Min(), 9);
        Assert.Equal(2500, gaba.X.Max(), 9);
        Assert.All(gaba.Y, y => Assert.InRange(y, 2.5, 3.5));
        var glutamate = figure.Series.Single(s => s.Name.StartsWith("Glutamate", StringComparison.Ordinal));
        Assert.Equal(1.1e6, glutamate.X[0], 6);
        Assert.All(glutamate.Y, y => Assert.InRange(y, 3.5, 4.5));
        Assert.Equal(4, MessengerCharts.LadderRows.Count);
    }
}

using NeuroBalance.Charts;

namespace NeuroBalance.Tests.Charts;

public sealed class FigureTests
{
    private static readonly Axis X = new("Concentration", "nM", AxisScale.Log);
    private static readonly Axis Y = new("Occupancy", "fraction");

    [Fact]
    public void Axis_TitleCarriesTheUnit() => Assert.Equal("Concentration (nM)", X.Title);

    [Theory]
    [InlineData("", "nM", "label")]
    [InlineData("Concentration", " ", "unit")]
    public void Axis_Blank_Throws(string label, string unit, string param)
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Axis(label, unit));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Series_DifferentLengths_Throws()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Series("s", [1.0, 2.0], [1.0]));
        Assert.Contains("x has 2 values and y has 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_NaN_ThrowsNamingIndex()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Series("s", [1.0, 2.0], [1.0, double.NaN]));
        Assert.Equal("y", e.ParamName);
        Assert.Contains("y[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_LogAxisWithZero_Throws()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Figure("t", "d", X, Y, [new Series("s", [0.0, 1.0], [0.0, 0.5])]));
        Assert.Contains("cannot be shown on the logarithmic axis 'Concentration (nM)'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_NoSeries_Throws()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Figure("t", "d", X, Y, []));
        Assert.Equal("series", e.ParamName);
    }

    [Fact]
    public void Figure_BlankDescription_Throws()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Figure("t", "", X, Y, [new Series("s", [1.0], [1.0])]));
        Assert.Equal("description", e.ParamName);
    }

    [Fact]
    public void Palette_IsOkabeItoAndCycles()
    {
        Assert.Equal("#0072B2", Palette.ColorFor(0));
        Assert.Equal("#E69F00", Palette.ColorFor(1));
        Assert.Equal(Palette.ColorFor(0), Palette.ColorFor(Palette.OkabeIto.Count));
        Assert.Throws<ParameterOutOfRangeException>(() => Palette.ColorFor(-1));
    }
}

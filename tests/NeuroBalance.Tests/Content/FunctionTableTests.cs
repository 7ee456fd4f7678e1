using NeuroBalance.Content.Display;
using CsCheck;
using NeuroBalance.Content;

namespace NeuroBalance.Tests.Content;

public sealed class FunctionTableTests
{
    [Fact]
    public void For_ListsEveryFunction_InTheOrderNamed()
    {
        // Given
        var serotonin = Neurochemistry.Transmitter("serotonin");
        var gaba = Neurochemistry.Transmitter("GABA");

        // When
        var table = FunctionTable.For("5-HT", "GABA");

        // Then
        Assert.Equal(serotonin.Functions.Count + gaba.Functions.Count, table.Rows.Count);
        Assert.Equal(serotonin, table.Rows[0].Transmitter);
        Assert.Equal(gaba, table.Rows[^1].Transmitter);
    }

    [Fact]
    public void ToHtml_EncodesText_NumbersCitations_AndShowsEvidence()
    {
        var html = ContentHtml.Render(FunctionTable.For("dopamine"));

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"cite\"", html, StringComparison.Ordinal);
        Assert.Contains("evidence level", html, StringComparison.Ordinal);
        Assert.Contains("doi.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OneLinePerFunction()
    {
        var table = FunctionTable.For("glutamate");
        Assert.Equal(table.Rows.Count, table.ToString().Split(Environment.NewLine).Length);
        Assert.StartsWith("Glutamate · ", table.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void For_NoName_Throws()
    {
        Assert.Equal("transmitters", Assert.Throws<InvalidParameterException>(() => FunctionTable.For()).ParamName);
        Assert.Equal("transmitters", Assert.ThrowsAny<ArgumentNullException>(() => FunctionTable.For(null!)).ParamName);
    }

    [Fact]
    public void For_AnyString_FindsOrThrowsTheFriendlyException_NamingTransmitters() =>
        Gen.String.Sample(text =>
        {
            try
            {
                Assert.NotNull(FunctionTable.For(text));
            }
            catch (InvalidParameterException e)
            {
                Assert.Equal("transmitters", e.ParamName);
            }
        }, iter: 200);
}

using CsCheck;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Tests.Models.Terminals;

public sealed class SynthesisEnzymesTests
{
    [Fact]
    public void Constants_ComeFromTheTerminalParameterTables()
    {
        Assert.Equal(40, SynthesisEnzymes.Tph.Value.Km.Micromolar, 9);
        Assert.Equal(46, SynthesisEnzymes.Th.Value.Km.Micromolar, 9);
        Assert.Equal(EvidenceLevel.Model, SynthesisEnzymes.Tph.Evidence);
        Assert.Equal("10.1186/1742-4682-6-21", SynthesisEnzymes.Th.Source.Doi);
    }

    [Fact]
    public void Saturation_IsHalfAtKm_AndMatchesTheClosedForm() =>
        Gen.Double[0, 1e4].Sample(s =>
        {
            var tph = SynthesisEnzymes.Tph.Value;
            var expected = s / (40 + s);
            return Math.Abs(SynthesisEnzymes.Saturation(tph, Concentration.FromMicromolar(s)) - expected) < 1e-12;
        });

    [Fact]
    public void Saturation_ZeroCapacity_IsZero_AndNullThrows()
    {
        var none = SynthesisEnzymes.Th.Value.WithCapacity(0);
        Assert.Equal(0, SynthesisEnzymes.Saturation(none, Concentration.FromMicromolar(10)));
        Assert.Equal(0.5, SynthesisEnzymes.Saturation(SynthesisEnzymes.Th.Value, Concentration.FromMicromolar(46)), 12);
        Assert.Equal("enzyme", Assert.ThrowsAny<ArgumentNullException>(() => SynthesisEnzymes.Saturation(null!, Concentration.Zero)).ParamName);
    }
}

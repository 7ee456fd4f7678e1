using CsCheck;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Tests.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

public sealed class PrecursorResponseTests
{
    /// <summary>Factors no precursor factor may take: below the minimum (incl. 0 and negatives), above the maximum, NaN and infinities.</summary>
    private static readonly Gen<double> BadFactor = Gen.OneOf(
        QuantityGens.BadNumber,
        Gen.Double[0, PrecursorResponse.MinFactor * 0.999],
        Gen.Double[PrecursorResponse.MaxFactor * 1.0001, 1e9]);

    [Fact]
    public void SerotoninSynthesis_FollowsTryptophan_AsBest2010Reports()
    {
        // Given / When: tryptophan halved and doubled (docs/models-terminals.md: ×0.69 and ×1.29)
        var half = PrecursorResponse.SerotoninSynthesis(0.5);
        var twice = PrecursorResponse.SerotoninSynthesis(2);

        // Then
        Assert.InRange(half, 0.6, 0.8);
        Assert.InRange(twice, 1.2, 1.4);
        Assert.Equal(1, PrecursorResponse.SerotoninSynthesis(1), 6);
    }

    [Fact]
    public void DopamineSynthesis_BarelyFollowsTyrosine_AsBest2009Reports()
    {
        Assert.InRange(PrecursorResponse.DopamineSynthesis(0.5), 0.97, 1.03);
        Assert.InRange(PrecursorResponse.DopamineSynthesis(2), 0.97, 1.03);
    }

    [Fact]
    public void CytosolicSubstrates_AreTheModelsBasalLevels()
    {
        Assert.InRange(PrecursorResponse.CytosolicTryptophan(1).Micromolar, 15, 25);
        Assert.InRange(PrecursorResponse.CytosolicTyrosine(1).Micromolar, 110, 140);
        Assert.True(PrecursorResponse.CytosolicTryptophan(2) > PrecursorResponse.CytosolicTryptophan(1));
    }

    [Fact]
    public void BadFactor_Throws_NamingTheParameter() =>
        BadFactor.Sample(f =>
        {
            Assert.Equal("tryptophanFactor", Assert.Throws<ParameterOutOfRangeException>(() => PrecursorResponse.SerotoninSynthesis(f)).ParamName);
            Assert.Equal("tyrosineFactor", Assert.Throws<ParameterOutOfRangeException>(() => PrecursorResponse.DopamineSynthesis(f)).ParamName);
            Assert.Equal("tryptophanFactor", Assert.Throws<ParameterOutOfRangeException>(() => PrecursorResponse.CytosolicTryptophan(f)).ParamName);
            Assert.Equal("tyrosineFactor", Assert.Throws<ParameterOutOfRangeException>(() => PrecursorResponse.CytosolicTyrosine(f)).ParamName);
        });
}

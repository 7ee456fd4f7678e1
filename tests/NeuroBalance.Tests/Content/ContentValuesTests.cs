using CsCheck;
using NeuroBalance.Content;
using NeuroBalance.Science;

namespace NeuroBalance.Tests.Content;

public sealed class ContentValuesTests
{
    [Fact]
    public void ReceptorConstant_PKd_IsConvertedToNanomolar()
    {
        // Given: pKd 8.9 in receptors.yaml (Alexander et al. 2019)
        // When
        var kd = ContentValues.ReceptorConstant("5-HT2A", "serotonin");

        // Then: Kd = 10^(9 − 8.9) nM
        Assert.Equal(Math.Pow(10, 0.1), kd.Low.Nanomolar, 9);
        Assert.False(kd.IsRange);
        Assert.Equal(EvidenceLevel.InVitro, kd.Sources.Evidence);
        Assert.Contains(kd.Sources.References, r => r.Id == "alexander2019");
    }

    [Fact]
    public void ReceptorConstant_Ec50InMicromolar_AndHillSlope()
    {
        Assert.Equal(11_600, ContentValues.ReceptorConstant("GABA-A", "GABA").Low.Nanomolar, 6);
        Assert.Equal(2.2, ContentValues.HillSlope("GABA-A", "GABA"), 12);
        Assert.Equal(1, ContentValues.HillSlope("5-HT2A", "serotonin"));
    }

    [Fact]
    public void Level_Range_HasLowHighAndGeometricMean()
    {
        var gaba = ContentValues.Level("GABA");

        Assert.True(gaba.IsRange);
        Assert.Equal(200, gaba.Low.Nanomolar, 9);
        Assert.Equal(2500, gaba.High.Nanomolar, 9);
        Assert.Equal(Math.Sqrt(200 * 2500), gaba.Typical.Nanomolar, 6);
        Assert.Equal(1.1e6, ContentValues.Level("glutamate").Low.Nanomolar, 3);
    }

    [Fact]
    public void ReceptorConstant_LigandWithoutValue_ThrowsNamingLigand()
    {
        var e = Assert.Throws<InvalidParameterException>(() => ContentValues.ReceptorConstant("D2", "dopamine"));
        Assert.Equal("ligand", e.ParamName);
    }

    [Fact]
    public void ReceptorConstant_UnknownLigand_ListsTheKnownOnes()
    {
        var e = Assert.Throws<InvalidParameterException>(() => ContentValues.ReceptorConstant("GABA-A", "caffeine"));
        Assert.Equal("ligand", e.ParamName);
        Assert.Contains("muscimol", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_AnyString_FindOrThrowTheFriendlyException_NamingTheParameter() =>
        Gen.String.Sample(text =>
        {
            foreach (var (parameter, lookup) in new (string, Func<object>)[]
            {
                ("receptor", () => ContentValues.ReceptorConstant(text, "serotonin")),
                ("ligand", () => ContentValues.ReceptorConstant("5-HT2A", text)),
                ("ligand", () => ContentValues.HillSlope("GABA-A", text)),
                ("transmitter", () => ContentValues.Level(text)),
            })
            {
                try
                {
                    Assert.NotNull(lookup());
                }
                catch (InvalidParameterException e)
                {
                    Assert.Equal(parameter, e.ParamName);
                }
            }
        }, iter: 200);

    [Fact]
    public void FromMeasurement_NotAConcentration_ThrowsNamingMeasurement()
    {
        var hill = Neurochemistry.Receptor("GABA-A").Ligands.Single(l => l.Name == "GABA").Values.Single(v => v.Kind == MeasurementKind.HillSlope);
        Assert.Equal("measurement", Assert.Throws<InvalidParameterException>(() => SourcedConcentration.FromMeasurement("Hill", hill)).ParamName);
        Assert.Equal("measurement", Assert.ThrowsAny<ArgumentNullException>(() => SourcedConcentration.FromMeasurement("x", null!)).ParamName);
        Assert.Equal("label", Assert.Throws<InvalidParameterException>(() => SourcedConcentration.FromMeasurement(" ", hill)).ParamName);
    }

    [Fact]
    public void Measurements_AreTyped_AndPValuesConvertByKind()
    {
        var pkd = Neurochemistry.Receptor("5-HT2A").Ligands.Single(l => l.Name == "serotonin").Values[0];
        Assert.Equal((MeasurementKind.PKd, MeasurementUnit.NegativeLogMolar), (pkd.Kind, pkd.Unit));
        Assert.Equal("8.9 -log M (about 1.3 nM)", pkd.Display);
        Assert.Equal(Math.Pow(10, 9 - 8.9), SourcedConcentration.FromMeasurement("x", pkd).Low.Nanomolar, 9);

        var ec50 = Neurochemistry.Receptor("GABA-A").Ligands.Single(l => l.Name == "GABA").Values.Single(v => v.Kind == MeasurementKind.EC50);
        Assert.Equal((MeasurementUnit.Micromolar, "µM"), (ec50.Unit, ec50.UnitSymbol));
        Assert.Equal(11600, SourcedConcentration.FromMeasurement("x", ec50).Low.Nanomolar, 6);
    }

    [Fact]
    public void EveryKind_AcceptsAtLeastOneUnit_AndEveryNameRoundTrips()
    {
        Assert.All(Enum.GetValues<MeasurementKind>(), k =>
        {
            Assert.NotEmpty(NeuroBalance.Content.Loading.MeasurementNames.UnitsFor(k));
            Assert.Equal(k, NeuroBalance.Content.Loading.MeasurementNames.Kinds[NeuroBalance.Content.Loading.MeasurementNames.Name(k)]);
        });
        Assert.All(Enum.GetValues<MeasurementUnit>(), u => Assert.Equal(u, NeuroBalance.Content.Loading.MeasurementNames.Units[NeuroBalance.Content.Loading.MeasurementNames.Symbol(u)]));
    }
}

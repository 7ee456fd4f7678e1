using CsCheck;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Models.Pharmacology.PharmacologyGens;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Pharmacology;

public sealed class DrugOccupancyTests
{
    [Fact]
    public void Competitor_OnlyLowersOccupancy_AndStaysInUnitInterval() =>
        Gen.Select(AnyLigand, AnyConstant, AnyLigand, AnyConstant).Sample((d, ki, l, kl) =>
        {
            var with = DrugOccupancy.WithCompetitor(d, ki, l, kl);
            return with >= 0 && with <= DrugOccupancy.FromKi(d, ki) + 1e-15 && with < 1 + 1e-15;
        });

    [Fact]
    public void Competitor_AtZero_IsMassAction() =>
        Gen.Select(AnyLigand, AnyConstant, AnyConstant).Sample((d, ki, kl) =>
            Math.Abs(DrugOccupancy.WithCompetitor(d, ki, Concentration.Zero, kl) - DrugOccupancy.FromKi(d, ki)) < 1e-12);

    [Fact]
    public void ChengPrusoff_RoundTrips_AndKiNeverExceedsIc50() =>
        Gen.Select(AnyConstant, AnyLigand, AnyConstant).Sample((ki, l, kl) =>
        {
            if (l.Nanomolar / kl.Nanomolar > 1e4)
            {
                return true; // keeps IC50 below the 10 M limit; the overflow is tested by the limit tests of Concentration
            }

            var ic50 = DrugOccupancy.Ic50FromKi(ki, l, kl);
            return ic50 >= ki && Close(ki.Nanomolar, DrugOccupancy.KiFromIc50(ic50, l, kl).Nanomolar, 1e-12);
        });

    [Fact]
    public void ChengPrusoff_TextbookCase()
    {
        // IC50 100 nM measured with radioligand at its Kd: Ki = 100/(1 + 1) = 50 nM.
        var ki = DrugOccupancy.KiFromIc50(Concentration.FromNanomolar(100), Concentration.FromNanomolar(2), Concentration.FromNanomolar(2));
        Assert.Equal(50, ki.Nanomolar, 9);
    }

    [Fact]
    public void ConcentrationFor_InvertsFromKi() =>
        Gen.Select(Gen.Double[0, 0.999], AnyConstant).Sample((theta, ki) =>
            Math.Abs(DrugOccupancy.FromKi(DrugOccupancy.ConcentrationFor(theta, ki), ki) - theta) < 1e-9);

    [Fact]
    public void BadArguments_ThrowNamingTheParameter()
    {
        var one = Concentration.FromNanomolar(1);
        Assert.Equal("ki", Assert.Throws<ParameterOutOfRangeException>(() => DrugOccupancy.WithCompetitor(one, Concentration.Zero, one, one)).ParamName);
        Assert.Equal("ligandKd", Assert.Throws<ParameterOutOfRangeException>(() => DrugOccupancy.WithCompetitor(one, one, one, Concentration.Zero)).ParamName);
        Assert.Equal("ic50", Assert.Throws<ParameterOutOfRangeException>(() => DrugOccupancy.KiFromIc50(Concentration.Zero, one, one)).ParamName);
        Assert.Equal("occupancy", Assert.Throws<ParameterOutOfRangeException>(() => DrugOccupancy.ConcentrationFor(1, one)).ParamName);
        Assert.Equal("ki", Assert.Throws<ParameterOutOfRangeException>(() => DrugOccupancy.FromKi(one, Concentration.Zero)).ParamName);
        Assert.Equal("ki", Assert.Throws<ParameterOutOfRangeException>(() => DrugOccupancy.ConcentrationFor(0.5, Concentration.Zero)).ParamName);
        Assert.Equal("kd", Assert.Throws<ParameterOutOfRangeException>(() => D2OccupancyThresholds.ConcentrationsFor(Concentration.Zero)).ParamName);
        Assert.Equal("ec50", Assert.Throws<ParameterOutOfRangeException>(() => Emax.Response(one, Concentration.Zero)).ParamName);
    }
}

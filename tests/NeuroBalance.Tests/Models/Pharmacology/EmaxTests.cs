using CsCheck;
using NeuroBalance.Models.Pharmacology;
using static NeuroBalance.Tests.Models.Pharmacology.PharmacologyGens;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Pharmacology;

public sealed class EmaxTests
{
    [Fact]
    public void Response_StaysWithinZeroAndEmax() =>
        Gen.Select(AnyLigand, AnyConstant, Gen.Double[0, 1], AnySlope).Sample((a, ec50, emax, n) =>
        {
            var e = Emax.Response(a, ec50, emax, n);
            return e >= 0 && e <= emax;
        });

    [Fact]
    public void ConcentrationFor_InvertsResponse() =>
        Gen.Select(Gen.Double[0.01, 1], Gen.Double[0, 0.99], AnyConstant, Gen.Double[0.5, 4]).Sample((emax, fraction, ec50, n) =>
        {
            var target = emax * fraction;
            return Math.Abs(Emax.Response(Emax.ConcentrationFor(target, ec50, emax, n), ec50, emax, n) - target) < 1e-9;
        });

    [Fact]
    public void BadMaxResponse_Throws() =>
        Gen.OneOf(BadNumber, Gen.Double[1.0001, 10]).Sample(x =>
            Assert.Equal("maxResponse", Assert.Throws<ParameterOutOfRangeException>(() =>
                Emax.Response(NeuroBalance.Quantities.Concentration.FromNanomolar(1), NeuroBalance.Quantities.Concentration.FromNanomolar(1), x)).ParamName));

    [Fact]
    public void ConcentrationFor_ResponseAtOrAboveEmax_Throws() =>
        Assert.Equal("response", Assert.Throws<ParameterOutOfRangeException>(() =>
            Emax.ConcentrationFor(0.5, NeuroBalance.Quantities.Concentration.FromNanomolar(1), 0.5)).ParamName);
}

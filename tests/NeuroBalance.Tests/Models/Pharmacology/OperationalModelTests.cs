using CsCheck;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Models.Pharmacology.PharmacologyGens;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Pharmacology;

public sealed class OperationalModelTests
{
    [Fact]
    public void Response_StaysWithinZeroAndMaxResponse() =>
        Gen.Select(AnyConstant, AnyTau, AnySlope, AnyLigand).Sample((ka, tau, n, a) =>
        {
            var model = OperationalModel.Create("A", ka, tau, n);
            var e = model.ResponseAt(a);
            return e >= 0 && e <= model.MaxResponse && model.MaxResponse <= 1 && !double.IsNaN(e);
        });

    [Theory]
    [InlineData(0.005711435925792117, 489.50318932094547, 6.008767038401573, 856.7162163348061)]
    [InlineData(0.026356403318012728, 86.58312411393362, 8.293004748128823, 66.73674428049999)]
    public void Response_NeverRoundsAboveTheMaximum(double kaNm, double tau, double slope, double agonistNm)
    {
        // Regression (found by the property above): p/(1 + p) rounded to 1 at a stimulus just below τ,
        // while the maximum τⁿ/(1 + τⁿ) rounded to 1 − 1 ulp.
        var model = OperationalModel.Create("A", Concentration.FromNanomolar(kaNm), tau, slope);
        Assert.True(model.ResponseAt(Concentration.FromNanomolar(agonistNm)) <= model.MaxResponse);
    }

    [Fact]
    public void Response_RisesMonotonicallyWithAgonist() =>
        Gen.Select(AnyAgonist, AnyLigand, AnyLigand).Sample((model, x, y) =>
        {
            var (low, high) = x <= y ? (x, y) : (y, x);
            return model.ResponseAt(low) <= model.ResponseAt(high);
        });

    [Fact]
    public void Ec50_GivesHalfTheMaximum() =>
        AnyAgonist.Sample(model => Close(model.MaxResponse / 2, model.ResponseAt(model.Ec50), 1e-9));

    [Theory]
    [InlineData(10, 0, 0.5)]   // τ = 0 is handled separately; here τ = 1: EC50 = KA/2, Emax = 1/2
    [InlineData(10, 9, 0.9)]   // τ = 9: EC50 = KA/10, Emax = 0.9
    [InlineData(30, 30, 30.0 / 31)]
    public void HyperbolicCase_MatchesBlackLeffClosedForm(double kaNm, double tauMinusOne, double expectedMax)
    {
        // Given n = 1: EC50 = KA/(1 + τ), Emax = τ/(1 + τ) (Black & Leff 1983)
        var tau = tauMinusOne == 0 ? 1 : tauMinusOne;
        var model = OperationalModel.Create("A", Concentration.FromNanomolar(kaNm), tau);

        // Then
        Assert.Equal(expectedMax, model.MaxResponse, 12);
        Assert.Equal(kaNm / (1 + tau), model.Ec50.Nanomolar, 9);
        Assert.Equal(1 / (2 + tau), model.OccupancyAtEc50, 12);
    }

    [Fact]
    public void ReceptorReserve_LosingReceptorsShiftsFirstThenDepresses()
    {
        // Given a full agonist with a large reserve: τ = 30 (half-maximal response at 1/32 ≈ 3% occupancy)
        var full = OperationalModel.Create("agonist", Concentration.FromNanomolar(100), 30);

        // When 90% of the receptors are lost (τ = 3), then 99% (τ = 0.3)
        var tenth = full.WithReceptorFraction(0.1);
        var hundredth = full.WithReceptorFraction(0.01);

        // Then the maximum barely falls at first (0.968 → 0.75) while EC50 rises (31/4 =) 7.75-fold, and only then collapses (0.23)
        Assert.Equal(3, tenth.Tau, 12);
        Assert.Equal(0.75, tenth.MaxResponse, 12);
        Assert.Equal(31.0 / 4, tenth.Ec50 / full.Ec50, 9);
        Assert.Equal(0.3 / 1.3, hundredth.MaxResponse, 12);
        Assert.Equal(1.0 / 32, full.OccupancyAtEc50, 12);
    }

    [Fact]
    public void FewerReceptors_NeverRaiseTheResponse() =>
        Gen.Select(AnyAgonist, AnyLigand, Gen.Double[0, 1]).Sample((model, a, f) =>
            model.WithReceptorFraction(f).ResponseAt(a) <= model.ResponseAt(a) + 1e-15);

    [Fact]
    public void FromReceptorDensity_TauIsDensityOverKe()
    {
        var model = OperationalModel.FromReceptorDensity("A", Concentration.FromNanomolar(50), Concentration.FromNanomolar(600), Concentration.FromNanomolar(20));
        Assert.Equal(30, model.Tau, 12);
    }

    [Fact]
    public void CompetitiveAntagonist_ShiftsByTheSchildDoseRatioExactly() =>
        // Response(r·[A], with [B]) = Response([A], without B), r = 1 + [B]/KB, for any slope and τ.
        Gen.Select(AnyAgonist, LogUniform(-3, 4), AnyConstant, LogUniform(-2, 3)).Sample((model, aNm, kb, bOverKb) =>
        {
            var antagonist = OperationalModel.Antagonist("B", kb);
            var b = kb * bOverKb;
            var r = CompetitiveAntagonism.DoseRatio(b, kb);
            var shifted = model.ResponseWith(Concentration.FromNanomolar(aNm * r), antagonist, b);
            return Math.Abs(shifted - model.ResponseAt(Concentration.FromNanomolar(aNm))) < 1e-12;
        });

    [Fact]
    public void CompetitiveAntagonist_DoesNotLowerTheMaximum()
    {
        var agonist = OperationalModel.Create("A", Concentration.FromNanomolar(10), 5);
        var antagonist = OperationalModel.Antagonist("B", Concentration.FromNanomolar(1));
        var atHugeAgonist = agonist.ResponseWith(Concentration.FromMillimolar(1000), antagonist, Concentration.FromNanomolar(100));
        Assert.Equal(agonist.MaxResponse, atHugeAgonist, 6);
    }

    [Fact]
    public void PartialAgonist_PullsAFullResponseDownToItsOwnMaximum()
    {
        // Given a full agonist near saturation and a partial agonist (τ = 0.5, Emax = 1/3)
        var full = OperationalModel.Create("full", Concentration.FromNanomolar(10), 20);
        var partial = OperationalModel.Create("partial", Concentration.FromNanomolar(1), 0.5);
        var a = Concentration.FromMicromolar(1);

        // When the partial agonist is added at rising concentrations
        var alone = full.ResponseAt(a);
        var some = full.ResponseWith(a, partial, Concentration.FromNanomolar(10));
        var flooded = full.ResponseWith(a, partial, Concentration.FromMillimolar(100));

        // Then it acts as an antagonist of the full agonist, down to its own maximum
        Assert.True(alone > some && some > flooded, $"{alone} > {some} > {flooded}");
        Assert.Equal(partial.MaxResponse, flooded, 3);
    }

    [Fact]
    public void PartialAgonistFactory_HasTheRequestedMaximum() =>
        Gen.Select(Gen.Double[0, 0.99], AnySlope).Where((emax, n) => Math.Pow(emax / (1 - emax), 1 / n) <= 1e4).Sample((emax, n) =>
            Math.Abs(OperationalModel.PartialAgonist("P", Concentration.FromNanomolar(10), emax, n).MaxResponse - emax) < 1e-9);

    [Fact]
    public void PartialAgonistFactory_MaximumOutOfReachForTheSlope_NamesMaxResponse() =>
        // Draw log10 τ between 4 (the largest allowed τ) and 4/n, so that Emax = τⁿ/(1 + τⁿ) stays below 0.9999
        // and only the τ limit is broken: that needs a slope below 1.
        Gen.Select(Gen.Double[0.1, 0.9], Gen.Double[0.01, 0.99]).Sample((n, f) =>
        {
            var log10Tau = 4 + (f * 0.999 * ((4 / n) - 4));
            var r = Math.Pow(10, log10Tau * n);
            var emax = r / (1 + r);
            var e = Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.PartialAgonist("P", Concentration.FromNanomolar(10), emax, n));
            Assert.Equal("maxResponse", e.ParamName);
            Assert.Contains("slope", e.Message);
        });

    [Fact]
    public void PartialAgonistFactory_ShallowSlopeAndHighMaximum_NamesMaxResponse()
    {
        // The CI failure that found this: Emax 0.94 at n = 0.15 needs τ ≈ 3e8 and used to blame "tau".
        var e = Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.PartialAgonist("P", Concentration.FromNanomolar(10), 0.94, 0.15));
        Assert.Equal("maxResponse", e.ParamName);
    }

    [Fact]
    public void PartialAgonist_GainsMaximumInDenserTissue()
    {
        var partial = OperationalModel.PartialAgonist("P", Concentration.FromNanomolar(10), 0.4);
        Assert.True(partial.WithReceptorFraction(3).MaxResponse > 0.6);
        Assert.Equal("maxResponse", Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.PartialAgonist("P", Concentration.FromNanomolar(10), 1)).ParamName);
    }

    [Fact]
    public void PartialAgonist_AloneAddsResponse()
    {
        var full = OperationalModel.Create("full", Concentration.FromNanomolar(10), 20);
        var partial = OperationalModel.Create("partial", Concentration.FromNanomolar(1), 0.5);
        Assert.True(full.ResponseWith(Concentration.Zero, partial, Concentration.FromNanomolar(10)) > 0.2);
    }

    [Fact]
    public void ResponseWith_AgonistsOfDifferentSlopes_Throws()
    {
        var a = OperationalModel.Create("A", Concentration.FromNanomolar(10), 5, 1);
        var b = OperationalModel.Create("B", Concentration.FromNanomolar(10), 5, 2);
        Assert.Equal("competitor", Assert.Throws<InvalidParameterException>(() => a.ResponseWith(Concentration.FromNanomolar(1), b, Concentration.FromNanomolar(1))).ParamName);
    }

    [Fact]
    public void Antagonist_HasNoEc50()
    {
        var e = Assert.Throws<InvalidParameterException>(() => OperationalModel.Antagonist("B", Concentration.FromNanomolar(1)).Ec50);
        Assert.Contains("no EC50", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadArguments_ThrowNamingTheParameter()
    {
        var ka = Concentration.FromNanomolar(1);
        BadNumber.Sample(x => Assert.Equal("tau", Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.Create("A", ka, x)).ParamName));
        Gen.Double[10.0001, 1e6].Sample(x => Assert.Equal("slope", Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.Create("A", ka, 1, x)).ParamName));
        Assert.Equal("tau", Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.Create("A", ka, 1e5)).ParamName);
        Assert.Equal("agonistKd", Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.Create("A", Concentration.Zero, 1)).ParamName);
        Assert.Equal("name", Assert.Throws<InvalidParameterException>(() => OperationalModel.Create(" ", ka, 1)).ParamName);
        Assert.Equal("fraction", Assert.Throws<ParameterOutOfRangeException>(() => OperationalModel.Create("A", ka, 1).WithReceptorFraction(-0.1)).ParamName);
        Assert.Equal("receptorDensity", Assert.Throws<ParameterOutOfRangeException>(() =>
            OperationalModel.FromReceptorDensity("A", ka, Concentration.FromMillimolar(1), Concentration.FromNanomolar(0.001))).ParamName);
    }

    [Fact]
    public void ToString_ShowsConstants() =>
        Assert.Equal("A (K_A = 10 nM, τ = 3)", OperationalModel.Create("A", Concentration.FromNanomolar(10), 3).ToString());
}

using CsCheck;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Models.Pharmacology.PharmacologyGens;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Pharmacology;

public sealed class CompetitiveAntagonismTests
{
    [Fact]
    public void DoseRatio_IsAtLeastOneAndRisesWithAntagonist() =>
        Gen.Select(AnyLigand, AnyLigand, AnyConstant).Sample((x, y, kb) =>
        {
            var (low, high) = x <= y ? (x, y) : (y, x);
            var r = CompetitiveAntagonism.DoseRatio(low, kb);
            return r >= 1 && r <= CompetitiveAntagonism.DoseRatio(high, kb);
        });

    [Fact]
    public void DoseRatio_IsTwoAtKb() =>
        AnyConstant.Sample(kb => CompetitiveAntagonism.DoseRatio(kb, kb) == 2);

    [Fact]
    public void AntagonistForDoseRatio_InvertsDoseRatio() =>
        Gen.Select(Gen.Double[1, 1000], AnyConstant).Sample((r, kb) =>
            Close(r, CompetitiveAntagonism.DoseRatio(CompetitiveAntagonism.AntagonistForDoseRatio(r, kb), kb), 1e-12));

    [Fact]
    public void GaddumOccupancy_StaysInUnitIntervalAndFallsWithAntagonist() =>
        Gen.Select(AnyLigand, AnyConstant, AnyLigand, AnyConstant).Sample((a, ka, b, kb) =>
        {
            var with = CompetitiveAntagonism.AgonistOccupancy(a, ka, b, kb);
            var without = CompetitiveAntagonism.AgonistOccupancy(a, ka, Concentration.Zero, kb);
            return with >= 0 && with <= without && without <= 1;
        });

    [Fact]
    public void ShiftedEc50_IsDoseRatioTimesEc50()
    {
        var shifted = CompetitiveAntagonism.ShiftedEc50(Concentration.FromNanomolar(5), Concentration.FromNanomolar(30), Concentration.FromNanomolar(10));
        Assert.Equal(20, shifted.Nanomolar, 9);
    }

    [Fact]
    public void SchildFit_RecoversKbAndUnitSlopeFromSimulatedDoseRatios() =>
        Gen.Select(LogUniform(-2, 4), Gen.Double[1, 3]).Sample((kbNm, decades) =>
        {
            // Given dose ratios that a competitive antagonist with this KB produces at 4 concentrations
            var kb = Concentration.FromNanomolar(kbNm);
            var data = Enumerable.Range(0, 4)
                .Select(i => Concentration.FromNanomolar(kbNm * Math.Pow(10, (i * decades / 3) - 0.5)))
                .Select(b => (b, CompetitiveAntagonism.DoseRatio(b, kb)));

            // When
            var fit = SchildAnalysis.Fit(data);

            // Then
            return Math.Abs(fit.Slope - 1) < 1e-9 && Close(kbNm, fit.Kb.Nanomolar, 1e-8) && fit.IsConsistentWithCompetition() &&
                   Math.Abs(fit.PA2 - (9 - Math.Log10(kbNm))) < 1e-9;
        });

    [Fact]
    public void SchildFit_NonCompetitiveSlopeIsFlagged()
    {
        // Dose ratios that grow with [B]^0.5 (not simple competition).
        var data = new[] { 1.0, 10, 100 }.Select(b => (Concentration.FromNanomolar(b), 1 + Math.Sqrt(b)));
        var fit = SchildAnalysis.Fit(data);
        Assert.Equal(0.5, fit.Slope, 9);
        Assert.False(fit.IsConsistentWithCompetition());
    }

    [Fact]
    public void SchildFit_BadInput_Throws()
    {
        var one = Concentration.FromNanomolar(1);
        Assert.Throws<InvalidParameterException>(() => SchildAnalysis.Fit([(one, 3.0)]));
        Assert.Throws<InvalidParameterException>(() => SchildAnalysis.Fit([(one, 3.0), (one, 4.0)]));
        Assert.Equal("doseRatio", Assert.Throws<ParameterOutOfRangeException>(() => SchildAnalysis.Fit([(one, 1.0), (one * 2, 4.0)])).ParamName);
        Assert.Equal("antagonist", Assert.Throws<ParameterOutOfRangeException>(() => SchildAnalysis.Fit([(Concentration.Zero, 2.0), (one, 4.0)])).ParamName);
        Assert.Throws<InvalidParameterException>(() => SchildAnalysis.Fit([(one, 4.0), (one * 10, 2.0)]));
    }

    [Fact]
    public void BadArguments_ThrowNamingTheParameter()
    {
        var one = Concentration.FromNanomolar(1);
        Assert.Equal("kb", Assert.Throws<ParameterOutOfRangeException>(() => CompetitiveAntagonism.DoseRatio(one, Concentration.Zero)).ParamName);
        Assert.Equal("ec50", Assert.Throws<ParameterOutOfRangeException>(() => CompetitiveAntagonism.ShiftedEc50(Concentration.Zero, one, one)).ParamName);
        BadNumber.Sample(r => Assert.Equal("doseRatio", Assert.Throws<ParameterOutOfRangeException>(() => CompetitiveAntagonism.AntagonistForDoseRatio(r, one)).ParamName));
        Assert.Equal("doseRatio", Assert.Throws<ParameterOutOfRangeException>(() => CompetitiveAntagonism.AntagonistForDoseRatio(0.5, one)).ParamName);
    }

    [Fact]
    public void ShiftedEc50_BeyondTenMolar_NamesTheAntagonist_NotAnInternalParameter() =>
        Gen.Select(Gen.Double[3, 9], Gen.Double[2, 5]).Sample((log10Ec50, log10Excess) =>
        {
            // Given EC50 = 10^a nM and [B]/K_B so large that r·EC50 > 1e10 nM
            var ec50 = Concentration.FromNanomolar(Math.Pow(10, log10Ec50));
            var kb = Concentration.FromNanomolar(1);
            var antagonist = Concentration.FromNanomolar(Math.Min(Concentration.MaxNanomolar, Math.Pow(10, 10 - log10Ec50 + log10Excess)));

            var e = Assert.Throws<ParameterOutOfRangeException>(() => CompetitiveAntagonism.ShiftedEc50(ec50, antagonist, kb));
            Assert.Equal("antagonist", e.ParamName);
            Assert.Contains("10 M", e.Message);
        });

    [Fact]
    public void AntagonistForDoseRatio_BeyondTenMolar_NamesTheDoseRatio()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => CompetitiveAntagonism.AntagonistForDoseRatio(1e12, Concentration.FromNanomolar(100)));
        Assert.Equal("doseRatio", e.ParamName);
        Assert.Contains("10 M", e.Message);
    }
}

public sealed class SchildFromCurvesTests
{
    [Fact]
    public void SchildFit_OfEc50ShiftsReadOffOperationalModelCurves_RecoversKb()
    {
        // Given an agonist (τ = 10, n = 1.5) and an antagonist with KB = 3 nM, measured the way a pharmacologist
        // would: find the agonist concentration for half-maximal response, with and without antagonist, by bisection.
        var agonist = OperationalModel.Create("agonist", Concentration.FromNanomolar(50), 10, 1.5);
        var antagonist = OperationalModel.Antagonist("antagonist", Concentration.FromNanomolar(3));
        double HalfMaxConcentration(Concentration b)
        {
            double lo = -6, hi = 10; // log10 nM
            for (var i = 0; i < 200; i++)
            {
                var mid = (lo + hi) / 2;
                if (agonist.ResponseWith(Concentration.FromNanomolar(Math.Pow(10, mid)), antagonist, b) < agonist.MaxResponse / 2)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            return Math.Pow(10, (lo + hi) / 2);
        }

        var control = HalfMaxConcentration(Concentration.Zero);
        var data = new[] { 1.0, 10, 100, 1000 }
            .Select(nm => Concentration.FromNanomolar(nm))
            .Select(b => (b, HalfMaxConcentration(b) / control))
            .ToArray();

        // When
        var fit = SchildAnalysis.Fit(data);

        // Then the Schild slope is 1 and KB is recovered (tolerance 1e-6 relative, limited by the bisection)
        Assert.Equal(control, agonist.Ec50.Nanomolar, 6);
        Assert.Equal(1, fit.Slope, 6);
        Assert.Equal(3, fit.Kb.Nanomolar, 5);
    }
}

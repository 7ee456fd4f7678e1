using CsCheck;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Binding;

/// <summary>Property-based and closed-form tests of the mass-action and Hill occupancy laws.</summary>
public sealed class OccupancyTests
{
    // Concentrations from 1 fM to 1 M, drawn log-uniformly so that every decade is exercised.
    private static readonly Gen<Concentration> AnyConcentration =
        Gen.Double[-6, 9].Select(log => Concentration.FromNanomolar(Math.Pow(10, log)));

    private static readonly Gen<Concentration> AnyLigand =
        Gen.Frequency((1, Gen.Const(Concentration.Zero)), (9, AnyConcentration));

    private static readonly Gen<double> AnyHill = Gen.Double[Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient];

    // Values no concentration-like parameter may take.
    private static readonly Gen<double> BadNumber = Gen.OneOf(
        Gen.Double[-1e12, -1e-12],
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    [Fact]
    public void MassAction_StaysWithinZeroAndOne() =>
        Gen.Select(AnyLigand, AnyConcentration).Sample((ligand, kd) =>
        {
            var theta = Occupancy.MassAction(ligand, kd);
            return theta >= 0 && theta <= 1 && !double.IsNaN(theta);
        });

    [Fact]
    public void Hill_StaysWithinZeroAndOne() =>
        Gen.Select(AnyLigand, AnyConcentration, AnyHill).Sample((ligand, k, n) =>
        {
            var theta = Occupancy.Hill(ligand, k, n);
            return theta >= 0 && theta <= 1 && !double.IsNaN(theta);
        });

    [Fact]
    public void Hill_RisesMonotonicallyWithConcentration() =>
        Gen.Select(AnyLigand, AnyLigand, AnyConcentration, AnyHill).Sample((a, b, k, n) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            return Occupancy.Hill(low, k, n) <= Occupancy.Hill(high, k, n);
        });

    [Fact]
    public void Hill_IsStrictlyHigherAtATenfoldConcentrationNearK() =>
        Gen.Select(Gen.Double[-1, 1], Gen.Double[-3, 6], AnyHill).Sample((logRatio, logK, n) =>
        {
            var k = Concentration.FromNanomolar(Math.Pow(10, logK));
            var ligand = k * Math.Pow(10, logRatio);
            return Occupancy.Hill(ligand * 10, k, n) > Occupancy.Hill(ligand, k, n);
        });

    [Fact]
    public void Hill_IsExactlyOneHalfAtK() =>
        Gen.Select(AnyConcentration, AnyHill).Sample((k, n) => Occupancy.Hill(k, k, n) == 0.5);

    [Fact]
    public void MassAction_IsOneHalfAtKd() =>
        AnyConcentration.Sample(kd => Occupancy.MassAction(kd, kd) == 0.5);

    [Theory]
    [InlineData(1, 10, 1.0 / 11)]    // [L] = Kd/10 → 1/11
    [InlineData(90, 10, 0.9)]        // [L] = 9 Kd → 0.9
    [InlineData(4, 4, 0.5)]
    [InlineData(0, 4, 0)]
    public void MassAction_MatchesClosedForm(double ligandNm, double kdNm, double expected) =>
        Assert.Equal(expected, Occupancy.MassAction(Concentration.FromNanomolar(ligandNm), Concentration.FromNanomolar(kdNm)), 12);

    [Fact]
    public void Hill_MatchesClosedForm()
    {
        // θ = L^n / (L^n + K^n) with L = 20 µM, K = 11.6 µM, n = 2.2 (GABA-A α1β2γ2L values, used here only as numbers).
        double l = 20, k = 11.6, n = 2.2;
        var expected = Math.Pow(l, n) / (Math.Pow(l, n) + Math.Pow(k, n));
        var actual = Occupancy.Hill(Concentration.FromMicromolar(l), Concentration.FromMicromolar(k), n);
        Assert.Equal(expected, actual, 12);
    }

    [Fact]
    public void ConcentrationFor_InvertsHill() =>
        // K up to 1 µM and n ≥ 0.5 keep the answer below the 10 M limit even at θ = 0.999
        // (1 µM · 999² ≈ 1 M); beyond it ConcentrationFor throws, which is tested separately.
        Gen.Select(Gen.Double[0.001, 0.999], Gen.Double[-3, 3], Gen.Double[0.5, Occupancy.MaxHillCoefficient]).Sample((theta, logK, n) =>
        {
            var k = Concentration.FromNanomolar(Math.Pow(10, logK));
            var ligand = Occupancy.ConcentrationFor(theta, k, n);
            return Math.Abs(Occupancy.Hill(ligand, k, n) - theta) < 1e-9;
        });

    [Fact]
    public void Hill_BadHillCoefficient_ThrowsNamingParameterValueAndRange() =>
        Gen.OneOf(BadNumber, Gen.Double[0, 0.0999], Gen.Double[10.001, 1e6]).Sample(n =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() =>
                Occupancy.Hill(Concentration.FromNanomolar(1), Concentration.FromNanomolar(1), n));
            Assert.Equal("hillCoefficient", e.ParamName);
            Assert.Contains("[0.1, 10]", e.Message, StringComparison.Ordinal);
            Assert.Contains("but was", e.Message, StringComparison.Ordinal);
        });

    [Fact]
    public void Hill_ZeroHalfOccupancy_Throws()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Occupancy.MassAction(Concentration.FromNanomolar(1), Concentration.Zero));
        Assert.Equal("halfOccupancy", e.ParamName);
        Assert.Contains("greater than 0 nM, but was 0 nM", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadConcentration_IsRejectedBeforeItReachesTheModel() =>
        BadNumber.Sample(value =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(value));
            Assert.Equal("nanomolar", e.ParamName);
        });

    [Fact]
    public void ConcentrationFor_OccupancyOutOfRange_Throws() =>
        Gen.OneOf(BadNumber, Gen.Double[1, 1e6]).Sample(theta =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => Occupancy.ConcentrationFor(theta, Concentration.FromNanomolar(1)));
            Assert.Equal("occupancy", e.ParamName);
            Assert.Contains("in the range [0, 1) (1 excluded), but was", e.Message, StringComparison.Ordinal);
        });

    [Fact]
    public void ConcentrationFor_BeyondTenMolar_ThrowsNamingOccupancy()
    {
        // θ = 0.99 with n = 0.1 needs K · 99^10 ≈ 3.7e19 nM: far above the 10 M limit.
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Occupancy.ConcentrationFor(0.99, Concentration.FromNanomolar(1), 0.1));
        Assert.Equal("occupancy", e.ParamName);
        Assert.Contains("more than the 1E+10 nM (10 M) limit", e.Message, StringComparison.Ordinal);
    }
}

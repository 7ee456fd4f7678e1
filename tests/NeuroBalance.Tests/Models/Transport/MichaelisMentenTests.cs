using CsCheck;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Transport;

public sealed class MichaelisMentenTests
{
    internal static readonly Gen<MichaelisMenten> AnyStep =
        Gen.Select(LogUniform(-1, 5), LogUniform(-1, 5)).Select((vmax, km) =>
            MichaelisMenten.Create("step", ConcentrationRate.FromNanomolarPerSecond(vmax), Concentration.FromNanomolar(km)));

    internal static readonly Gen<Concentration> AnySubstrate = Gen.Frequency(
        (1, Gen.Const(Concentration.Zero)), (9, LogUniform(-3, 7).Select(Concentration.FromNanomolar)));

    private static readonly Gen<ReceptorBinding> AnyInhibitor = LogUniform(-2, 4).Select(ki => ReceptorBinding.FromKd("I", Concentration.FromNanomolar(ki)));

    [Fact]
    public void Rate_IsNonNegative_BelowVmax_AndMonotone() =>
        Gen.Select(AnyStep, AnySubstrate, AnySubstrate).Sample((step, x, y) =>
        {
            var (low, high) = x <= y ? (x, y) : (y, x);
            var vLow = step.RateAt(low);
            var vHigh = step.RateAt(high);
            return vLow.NanomolarPerSecond >= 0 && vLow <= vHigh && vHigh <= step.Vmax;
        });

    [Fact]
    public void Inhibitor_NeverRaisesTheRate_AndIsSurmountable() =>
        Gen.Select(AnyStep, AnySubstrate, AnyInhibitor, AnySubstrate).Sample((step, s, inhibitor, i) =>
        {
            var inhibited = step.RateAt(s, inhibitor, i);
            var factor = 1 + (i.Nanomolar / inhibitor.HalfOccupancy.Nanomolar);
            if (s.Nanomolar * factor > Concentration.MaxNanomolar)
            {
                return inhibited <= step.RateAt(s);
            }

            // Raising substrate by the apparent-Km factor restores the uninhibited rate exactly.
            var restored = step.RateAt(s * factor, inhibitor, i);
            return inhibited <= step.RateAt(s) && Close(step.RateAt(s).NanomolarPerSecond, restored.NanomolarPerSecond, 1e-12) || s.Nanomolar == 0;
        });

    [Fact]
    public void HalfMaximalAtKm() =>
        AnyStep.Sample(step => Close(step.Vmax.NanomolarPerSecond / 2, step.RateAt(step.Km).NanomolarPerSecond, 1e-12));

    [Fact]
    public void LowSubstrateRate_IsVmaxOverKm()
    {
        var dat = ClearanceParameters.DatBest2009.Value;
        Assert.Equal(8000.0 / 0.2, dat.LowSubstrateRate.PerHour, 6);
    }

    [Fact]
    public void WithCapacity_ScalesVmaxOnly()
    {
        var dat = ClearanceParameters.DatBest2009.Value.WithCapacity(0.5);
        Assert.Equal(4000, dat.Vmax.MicromolarPerHour, 9);
        Assert.Equal(0.2, dat.Km.Micromolar, 12);
    }

    [Fact]
    public void BadArguments_ThrowNamingTheParameter()
    {
        var v = ConcentrationRate.FromNanomolarPerSecond(1);
        Assert.Equal("km", Assert.Throws<ParameterOutOfRangeException>(() => MichaelisMenten.Create("x", v, Concentration.Zero)).ParamName);
        Assert.Equal("name", Assert.Throws<InvalidParameterException>(() => MichaelisMenten.Create("", v, Concentration.FromNanomolar(1))).ParamName);
        Assert.Equal("factor", Assert.Throws<ParameterOutOfRangeException>(() => ClearanceParameters.DatBest2009.Value.WithCapacity(-1)).ParamName);
        var cooperative = ReceptorBinding.WithHill("I", Concentration.FromNanomolar(1), 2);
        Assert.Equal("inhibitor", Assert.Throws<InvalidParameterException>(() =>
            ClearanceParameters.DatBest2009.Value.RateAt(Concentration.FromNanomolar(1), cooperative, Concentration.FromNanomolar(1))).ParamName);
    }
}

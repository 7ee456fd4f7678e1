using CsCheck;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>
/// Every dimensionless scenario setter of the terminal and hormone models rejects NaN, infinities,
/// negative and too-large values, naming the parameter, the value and the valid range (CsCheck).
/// </summary>
public sealed class ScenarioBadInputPropertyTests
{
    private static readonly Gen<double> NotFinite = Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    // (what, setter, parameter name, min, max)
    public static TheoryData<string> Setters => new(Cases.Keys);

    private static readonly Dictionary<string, (Action<double> Set, string Param, double Min, double Max)> Cases = new()
    {
        ["DA TH"] = (x => DopamineTerminal.Default.WithThScale(x), "factor", 0, 100),
        ["DA DAT"] = (x => DopamineTerminal.Default.WithDatScale(x), "factor", 0, 100),
        ["DA MAO"] = (x => DopamineTerminal.Default.WithMaoScale(x), "factor", 0, 100),
        ["DA VMAT"] = (x => DopamineTerminal.Default.WithVmatScale(x), "factor", 0, 100),
        ["5-HT TPH"] = (x => SerotoninTerminal.Default.WithTphScale(x), "factor", 0, 100),
        ["5-HT SERT"] = (x => SerotoninTerminal.Default.WithSertScale(x), "factor", 0, 100),
        ["5-HT MAO"] = (x => SerotoninTerminal.Default.WithMaoScale(x), "factor", 0, 100),
        ["5-HT gain"] = (x => SerotoninTerminal.Default.WithAutoreceptorGain(x), "gain", 0, 1),
        ["GABA GAD"] = (x => GabaTerminal.Default.WithGadScale(x), "factor", 0, 100),
        ["GABA B6"] = (x => GabaTerminal.Default.WithVitaminB6(x), "relative", 0, 10),
        ["GABA GAT-1"] = (x => GabaTerminal.Default.WithGat1Scale(x), "factor", 0, 100),
        ["GABA GABA-T"] = (x => GabaTerminal.Default.WithGabaTScale(x), "factor", 0, 100),
        ["GABA-A sensitivity"] = (x => GabaTerminal.Default.WithGabaASensitivity(x), "factor", 0.01, 100),
        ["GABA-A activation"] = (x => GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1), x), "sensitivity", 0.01, 100),
        ["hormone estradiol"] = (x => _ = new HormoneState(estradiol: x), "estradiol", 0, HormoneState.MaxLevel),
        ["hormone T3"] = (x => _ = new HormoneState(t3: x), "t3", 0, HormoneState.MaxLevel),
        ["hormone effect level"] = (x => HormoneModulation.Effects[0].MultiplierAt(x), "level", 0, HormoneState.MaxLevel),
        ["SSRI block factor"] = (x => SsriDelayScenario.Simulate(ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value, Duration.FromDays(1), Duration.Zero, x), "uptakeBlockFactor", 1, 100),
    };

    [Theory]
    [MemberData(nameof(Setters))]
    public void BadValue_ThrowsNamingParameterValueAndRange(string what)
    {
        var (set, param, min, max) = Cases[what];
        var below = Gen.Double[1e-9, 1e6].Select(d => min - (Math.Max(1, Math.Abs(min)) * d));
        var above = Gen.Double[1e-9, 1e6].Select(d => max + (Math.Max(1, max) * d));
        Gen.OneOf(NotFinite, below, above).Sample(x =>
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(() => set(x));
            Assert.Equal(param, e.ParamName);
            Assert.Contains("but was", e.Message, StringComparison.Ordinal);
            Assert.Contains($"[{NeuroBalance.Internal.Preconditions.Format(min)}, {NeuroBalance.Internal.Preconditions.Format(max)}]", e.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Setters))]
    public void InRangeValue_IsAccepted(string what)
    {
        var (set, _, min, max) = Cases[what];
        Gen.Double[min, max].Sample(x => set(x), iter: 20);
    }

    [Fact]
    public void SsriScenario_ZeroTreatment_NamesTreatment() =>
        Assert.Equal("treatment", Assert.Throws<ParameterOutOfRangeException>(() => SsriDelayScenario.Simulate(ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value, Duration.Zero, Duration.Zero)).ParamName);
}

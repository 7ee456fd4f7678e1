using CsCheck;
using System.Globalization;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Lessons;

namespace NeuroBalance.Lessons.Tests;

/// <summary>
/// Every numeric parameter of the lesson 07–08 APIs (capstone, brake, cycle, charts) rejects NaN,
/// infinities and out-of-range values with a <see cref="ParameterOutOfRangeException"/> that names the
/// parameter, the value and the valid range (CsCheck).
/// </summary>
public sealed class IntegrationBadInputPropertyTests
{
    private static readonly Gen<double> NotFinite = Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity));

    // One capstone, created once (its H needs a steady state), for the instance methods.
    private static readonly CapstoneScenario Capstone = CapstoneScenario.Create(HormoneScenario.Hypothyroid, Intervention.Ssri);

    // (what, call, parameter name, min, max)
    private static readonly Dictionary<string, (Action<double> Call, string Param, double Min, double Max)> Cases = new()
    {
        ["capstone start week"] = (x => CapstoneScenario.Create(HormoneScenario.Reference, Intervention.Ssri, startWeek: x), "startWeek", 0, 52),
        ["capstone block factor"] = (x => CapstoneScenario.Create(HormoneScenario.Reference, Intervention.Ssri, uptakeBlockFactor: x), "uptakeBlockFactor", 1, 100),
        ["capstone feedback gain"] = (x => CapstoneScenario.Create(HormoneScenario.Reference, Intervention.Ssri, feedbackGain: x), "feedbackGain", 0, 100),
        ["capstone with start week"] = (x => Capstone.WithStartWeek(x), "startWeek", 0, 52),
        ["capstone output week"] = (x => Capstone.OutputAtWeek(x), "week", 0, 52),
        ["capstone density week"] = (x => Capstone.AutoreceptorDensity(x), "week", 0, 52),
        ["capstone simulate weeks"] = (x => Capstone.Simulate(x, 1), "weeks", 0.1, 52),
        ["firing density"] = (x => CapstoneScenario.Firing(x, 1, 1), "autoreceptorDensity", 0, 100),
        ["firing sensitivity"] = (x => CapstoneScenario.Firing(1, x, 1), "sensitivity", 0, 100),
        ["firing block"] = (x => CapstoneScenario.Firing(1, 1, x), "block", 1, 100),
        ["firing gain"] = (x => CapstoneScenario.Firing(1, 1, 1, x), "feedbackGain", 0, 100),
        ["brake serotonin"] = (x => SerotoninDopamineBrake.DopamineReleaseFactor(x), "serotoninRelative", 0, 100),
        ["brake max inhibition"] = (x => SerotoninDopamineBrake.DopamineReleaseFactor(1, x), "maxInhibition", 0, 0.95),
        ["brake half effect"] = (x => SerotoninDopamineBrake.DopamineReleaseFactor(1, 0.5, x), "halfEffect", 0.01, 100),
        ["cycle day"] = (x => MenstrualCycle.StateOnDay(x), "day", 0, 1000),
        ["allopregnanolone slider value"] = (x => HormoneScenarioCharts.AllopregnanoloneSlider(x, 1e6), "allopregnanoloneNanomolar", 0, 100_000),
        ["capstone chart weeks"] = (x => IntegrationCharts.CapstoneStartWeek(HormoneScenario.Reference, Intervention.None, x, 1), "weeks", 2, 52),
    };

    // Integer parameters: (what, call, parameter name, min, max)
    private static readonly Dictionary<string, (Action<int> Call, string Param, int Min, int Max)> IntCases = new()
    {
        ["capstone points per week"] = (n => Capstone.Simulate(1, n), "pointsPerWeek", 1, 50),
        ["cycle chart points per day"] = (n => HormoneScenarioCharts.CycleMultipliers(pointsPerDay: n), "pointsPerDay", 1, 10),
        ["levers chart points"] = (n => IntegrationCharts.Levers(n), "points", 3, 41),
        ["capstone chart latest start"] = (n => IntegrationCharts.CapstoneStartWeek(HormoneScenario.Reference, Intervention.None, 12, n), "latestStart", 1, 11),
    };

    public static TheoryData<string> Doubles => new(Cases.Keys);

    public static TheoryData<string> Ints => new(IntCases.Keys);

    [Theory]
    [MemberData(nameof(Doubles))]
    public void BadValue_ThrowsNamingParameterValueAndRange(string what)
    {
        var (call, param, min, max) = Cases[what];
        var below = Gen.Double[1e-6, 1e6].Select(d => min - (Math.Max(1, Math.Abs(min)) * d));
        var above = Gen.Double[1e-6, 1e6].Select(d => max + (Math.Max(1, max) * d));
        Gen.OneOf(NotFinite, below, above).Sample(
            x =>
            {
                var e = Assert.Throws<ParameterOutOfRangeException>(() => call(x));
                Assert.Equal(param, e.ParamName);
                Assert.Contains("but was", e.Message, StringComparison.Ordinal);
                Assert.Contains($"[{Format(min)}, {Format(max)}]", e.Message, StringComparison.Ordinal);
            },
            iter: 30);
    }

    [Theory]
    [MemberData(nameof(Ints))]
    public void BadCount_ThrowsNamingTheParameter(string what)
    {
        var (call, param, min, max) = IntCases[what];
        Gen.OneOf(Gen.Int[int.MinValue, min - 1], Gen.Int[max + 1, int.MaxValue]).Sample(
            n => Assert.Equal(param, Assert.Throws<ParameterOutOfRangeException>(() => call(n)).ParamName),
            iter: 30);
    }

    [Fact]
    public void UndefinedEnumsAndNulls_AreRejectedNamingTheParameter()
    {
        Assert.Equal("intervention", Assert.Throws<InvalidParameterException>(() => CapstoneScenario.Create(HormoneScenario.Reference, (Intervention)42)).ParamName);
        Assert.Equal("estimate", Assert.Throws<InvalidParameterException>(() => CapstoneScenario.Create(HormoneScenario.Reference, Intervention.None, estimate: (EffectEstimate)9)).ParamName);
        Assert.Equal("hormones", Assert.ThrowsAny<ArgumentNullException>(() => CapstoneScenario.Create(null!, Intervention.None)).ParamName);
        Assert.Equal("changed", Assert.ThrowsAny<ArgumentNullException>(() => InterventionComparison.SerotoninRelative(null!)).ParamName);
    }

    [Fact]
    public void AllopregnanoloneSlider_BadLists_AreRejected()
    {
        Assert.Equal("allopregnanoloneNanomolar", Assert.Throws<InvalidParameterException>(() => HormoneScenarioCharts.AllopregnanoloneSlider(10)).ParamName);
        Assert.Equal("allopregnanoloneNanomolar", Assert.Throws<InvalidParameterException>(() => HormoneScenarioCharts.AllopregnanoloneSlider(100, 10)).ParamName);
        Assert.Equal("allopregnanoloneNanomolar", Assert.Throws<InvalidParameterException>(() => HormoneScenarioCharts.AllopregnanoloneSlider(Enumerable.Range(0, 31).Select(i => (double)i).ToArray())).ParamName);
    }

    // As the core library writes a range bound (its Preconditions are internal).
    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Tables;

namespace NeuroBalance.Tests.Edges;

/// <summary>
/// Issue 18 item 9: every number the library writes (quantities, model descriptions, chart titles, legends and
/// HTML, tables) is formatted with the invariant culture, "2.5", whatever the learner's culture. Each output is
/// produced under the invariant culture and under de-DE (decimal comma, "." for thousands) and must be identical.
/// </summary>
/// <remarks>The test project turns <c>InvariantGlobalization</c> off so that de-DE is a real culture here (see its .csproj).</remarks>
public sealed class InvariantNumberFormatTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static IReadOnlyDictionary<string, Func<string>> Producers { get; } = new Dictionary<string, Func<string>>
    {
        ["quantities"] = () => string.Join(" | ", Concentration.FromMicromolar(2.5), Concentration.FromNanomolar(1234.5), Duration.FromHours(2.5), Rate.FromPerSecond(2.5), ConcentrationRate.FromMicromolarPerHour(2.5)),
        ["model description"] = () => DopamineTerminal.Default.WithThScale(2.5).WithFiring(Rate.FromPerSecond(7.5)).ToString(),
        ["steady state"] = () => GabaTerminal.Default.SteadyState().ToString(),
        ["time series"] = () => GabaTerminal.Default.Simulate(GabaTerminal.Default.SteadyState(), Duration.FromHours(1.5), 4)[GabaTerminal.GabaExt].ToString(),
        ["feedback comparison"] = () => AutoreceptorExperiment.ThScaling(2.5).ToString(),
        ["binding"] = () => ReceptorBinding.WithHill("D2", Concentration.FromNanomolar(1.5), 1.5).ToString(),
        ["chart description and legends"] = () => Describe(BindingCharts.OccupancyCurves(Concentration.FromNanomolar(0.1), Concentration.FromNanomolar(1000), ReceptorBinding.FromKd("D2", Concentration.FromNanomolar(1.5)))),
        ["chart HTML"] = () => FigureHtml.Render(BindingCharts.OccupancyCurves(Concentration.FromNanomolar(0.1), Concentration.FromNanomolar(1000), ReceptorBinding.FromKd("D2", Concentration.FromNanomolar(2.5))), includePlotlyScript: false),
        ["table"] = () => Table.Of("t", new[] { 2.5, 1234.5678, 0.000123 }, ("x (µM)", x => x), ("Duration", x => Duration.FromHours(x))) is var t ? t.ToString() + NeuroBalance.Display.TableHtml.Render(t) : string.Empty,
        ["dopamine chart"] = () => Describe(DopamineCharts.FiringResponse(duration: Duration.FromHours(2.5))),
        ["hormone chart"] = () => Describe(HormoneCharts.TargetMultipliers(maxLevel: 2.5)),
        ["serotonin chart"] = () => Describe(SerotoninCharts.SsriResponse(duration: Duration.FromHours(2.5))),
        ["range error"] = () => Record.Exception(() => DopamineTerminal.Default.WithThScale(250.5))!.Message,
    };

    public static TheoryData<string> Outputs { get; } = [.. Producers.Keys];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_IsTheSameUnderGerman_AsUnderTheInvariantCulture(string output)
    {
        var invariant = WithoutChartIds(In(CultureInfo.InvariantCulture, Producers[output]));
        var german = WithoutChartIds(In(German, Producers[output]));
        Assert.Equal(invariant, german);
    }

    [Fact]
    public void GermanCulture_IsReal_SoTheComparisonMeansSomething() =>
        Assert.Equal("2,5", In(German, () => 2.5.ToString(CultureInfo.CurrentCulture)));

    /// <summary>Each chart output has a fresh element id; the comparison is about everything else.</summary>
    private static string WithoutChartIds(string text) => System.Text.RegularExpressions.Regex.Replace(text, "nb-fig-[0-9a-f]+", "nb-fig-ID");

    private static string Describe(Figure figure) =>
        $"{figure.Title} {figure.Description} {string.Join(", ", figure.Series.Select(s => s.Name))}";

    private static string In(CultureInfo culture, Func<string> produce)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return produce();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}

using BenchmarkDotNet.Attributes;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Benchmarks;

/// <summary>The cost of the binding model and of the first lesson's chart, from numbers to HTML.</summary>
[MemoryDiagnoser]
public class BindingBenchmarks
{
    // Instance fields, so the JIT cannot fold the call into a constant.
    private Concentration ligand = Concentration.FromNanomolar(12);
    private Concentration kd = Concentration.FromNanomolar(90);
    private double hill = 2.2;
    private static readonly ReceptorBinding High = ReceptorBinding.FromKd("high", Concentration.FromNanomolar(4));
    private static readonly ReceptorBinding Low = ReceptorBinding.FromKd("low", Concentration.FromNanomolar(90));
    private Figure figure = null!;

    [GlobalSetup]
    public void Setup()
    {
        figure = OccupancyChart();
        _ = PlotlyScript.InlineScriptSource; // read the embedded bundle once, as a kernel session does
    }

    [Benchmark(Description = "Occupancy.Hill, one value")]
    public double Hill() => Occupancy.Hill(ligand, kd, hill);

    [Benchmark(Description = "OccupancyCurves, 2 curves x 121 points")]
    public Figure OccupancyChart() => BindingCharts.OccupancyCurves(Concentration.FromNanomolar(0.1), Concentration.FromMicromolar(10), High, Low);

    [Benchmark(Description = "Figure JSON via Plotly.NET")]
    public string FigureJson() => FigureHtml.ToFigureJson(figure);

    [Benchmark(Description = "Figure HTML, later chart (no plotly.js)")]
    public string HtmlWithoutScript() => FigureHtml.Render(figure, includePlotlyScript: false);

    [Benchmark(Description = "Figure HTML, first chart (inlines 3.5 MB plotly.js)")]
    public string HtmlWithScript() => FigureHtml.Render(figure, includePlotlyScript: true);
}

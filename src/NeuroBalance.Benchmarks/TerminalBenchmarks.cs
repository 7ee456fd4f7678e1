using BenchmarkDotNet.Attributes;
using NeuroBalance.Charts;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Benchmarks;

/// <summary>
/// The terminal models' cost: the dopamine steady state plus 24 simulated hours of the
/// 5 → 15 Hz firing scenario (goal &lt; 5 ms), and a 30-point parameter sweep of the kind a slider chart
/// needs (goal &lt; 150 ms).
/// </summary>
[MemoryDiagnoser]
public class TerminalBenchmarks
{
    private static readonly double[] ThScales = Enumerable.Range(0, 30).Select(i => 0.25 * Math.Pow(16, i / 29.0)).ToArray();
    private readonly DopamineTerminal dopamine = DopamineTerminal.Default;
    private readonly DopamineTerminal burst = DopamineTerminal.Default.WithFiring(Rate.FromPerSecond(15));
    private readonly SerotoninTerminal serotonin = SerotoninTerminal.Default;
    private readonly Duration day = Duration.FromHours(24);

    [Benchmark(Description = "DA steady state")]
    public TerminalState DopamineSteadyState() => dopamine.SteadyState();

    [Benchmark(Description = "DA steady state + 24 h at 15 Hz (25 output points)")]
    public Trajectory DopamineFiringDay() => dopamine.Respond(burst, day, 25);

    [Benchmark(Description = "DA 30-point TH sweep (30 steady states)")]
    public double[] DopamineThSweep() => DopamineCharts.ThSweep(dopamine, ThScales);

    [Benchmark(Description = "5-HT steady state + 24 h of an acute SSRI (25 output points)")]
    public Trajectory SerotoninSsriDay() => serotonin.Respond(serotonin.AcuteSsri(Concentration.FromNanomolar(100)), day, 25);
}

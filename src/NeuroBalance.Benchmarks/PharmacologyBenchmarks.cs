using BenchmarkDotNet.Attributes;
using NeuroBalance.Charts;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;

namespace NeuroBalance.Benchmarks;

/// <summary>The hot paths of the pharmacology and transport models, and the charts built from them.</summary>
[MemoryDiagnoser]
public class PharmacologyBenchmarks
{
    // Instance fields, so the JIT cannot fold the calls into constants.
    private readonly OperationalModel agonist = OperationalModel.Create("agonist", Concentration.FromNanomolar(100), 30);
    private readonly OperationalModel antagonist = OperationalModel.Antagonist("antagonist", Concentration.FromNanomolar(1));
    private readonly MichaelisMenten dat = ClearanceParameters.DatBest2009.Value;
    private readonly ReceptorBinding blocker = ReceptorBinding.FromKd("blocker", Concentration.FromNanomolar(100));
    private readonly ReceptorAdaptation autoreceptor = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value;
    private readonly (Concentration, double)[] schildData =
        [.. new[] { 3.0, 10, 30, 100 }.Select(nm => (Concentration.FromNanomolar(nm), 1 + (nm / 1.0)))];

    private Concentration a = Concentration.FromNanomolar(12);
    private Concentration b = Concentration.FromNanomolar(5);
    private Concentration peak = Concentration.FromNanomolar(500);
    private Duration t = Duration.FromMilliseconds(80);

    [Benchmark(Description = "OperationalModel.ResponseWith (agonist + antagonist)")]
    public double OperationalResponse() => agonist.ResponseWith(a, antagonist, b);

    [Benchmark(Description = "MichaelisMenten.RateAt with competitive inhibitor")]
    public ConcentrationRate UptakeRate() => dat.RateAt(a, blocker, b);

    [Benchmark(Description = "EvokedReleaseDecay.ConcentrationAfter (exact, Newton)")]
    public Concentration DecayPoint() => EvokedReleaseDecay.ConcentrationAfter(dat, peak, t);

    [Benchmark(Description = "SchildAnalysis.Fit, 4 points")]
    public SchildFit Schild() => SchildAnalysis.Fit(schildData);

    [Benchmark(Description = "SsriDelayScenario, 9 weeks x 240 samples")]
    public IReadOnlyList<SsriDelayPoint> Adaptation() => SsriDelayScenario.Simulate(autoreceptor, Duration.FromWeeks(6), Duration.FromWeeks(3), pointsPerStep: 120);

    [Benchmark(Description = "Chart: Schild shift, 3 curves x 121 points")]
    public Figure SchildChart() => PharmacologyCharts.SchildShift(agonist, antagonist, Concentration.FromNanomolar(10), Concentration.FromNanomolar(100));

    [Benchmark(Description = "Chart: evoked decay with blocker, 2 x 201 points")]
    public Figure DecayChart() => PharmacologyCharts.EvokedReleaseDecayCurve(dat, peak, Duration.FromMilliseconds(600), blocker, Concentration.FromNanomolar(300));
}

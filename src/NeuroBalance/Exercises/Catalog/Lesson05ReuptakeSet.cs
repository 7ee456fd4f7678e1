using NeuroBalance.Content;
using System.Globalization;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/05-reuptake-and-clearance.dib</c>: Michaelis–Menten clearance of a
/// released pulse by DAT, competitive uptake blockers, and the MAO isoform split for dopamine.
/// </summary>
/// <remarks>
/// Science: DAT of the Best, Nijhout &amp; Reed 2009 terminal (K<sub>m</sub> 0.2 µM, V<sub>max</sub> 8000 µM/h;
/// doi:10.1186/1742-4682-6-21; model); the integrated Michaelis–Menten half-time
/// t½ = (K<sub>m</sub> ln 2 + C<sub>0</sub>/2)/V<sub>max</sub> (<see cref="EvokedReleaseDecay"/>) compared with
/// 64 ms in rat striatum (Suaud-Chagny et al. 1995, doi:10.1046/j.1471-4159.1995.65062603.x; rodent);
/// competitive inhibition raising K<sub>m</sub> by 1 + [I]/K<sub>i</sub>; MAO isoform shares (Youdim et al. 2006,
/// doi:10.1038/nrn1883; Sader-Mazbar et al. 2013, doi:10.1111/bph.12349; the shares themselves are
/// illustrative). Expected answers are computed with the library, not typed in.
/// </remarks>
internal sealed class Lesson05ReuptakeSet : IExerciseSet
{
    private static readonly MichaelisMenten Dat = ClearanceParameters.DatBest2009.Value;

    /// <summary>The pulse of the half-time exercise (chosen to illustrate; evoked DA peaks of some hundred nM are typical in striatal voltammetry).</summary>
    private static readonly Concentration Pulse = Concentration.FromNanomolar(200);

    /// <summary>A small pulse, well below K<sub>m</sub>, for the prediction.</summary>
    private static readonly Concentration SmallPulse = Concentration.FromNanomolar(10);

    /// <summary>An illustrative cocaine-like competitive DAT blocker (K<sub>i</sub> 100 nM is illustrative, as in A2).</summary>
    private static readonly ReceptorBinding Blocker = ReceptorBinding.FromKd("cocaine-like blocker", Concentration.FromNanomolar(100));

    private static readonly Concentration BlockerDose = Concentration.FromNanomolar(300);

    private static readonly MaoSubstrateShare Rodent = MonoamineOxidase.DopamineRodentStriatum.Value;
    private static readonly MaoSubstrateShare Human = MonoamineOxidase.DopamineHumanBasalGanglia.Value;

    public string Notebook => "05-reuptake-and-clearance";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "05-dat-half-time",
            Title = "How fast does DAT clear a 200 nM pulse?",
            Prompt = $"In the Best et al. 2009 terminal model, DAT has Km = {Dat.Km} and Vmax = {Dat.Vmax}. A burst releases a pulse that peaks at {Pulse}. " +
                     "Assuming uptake is the only way out, how many **milliseconds** does it take to fall to half its peak? Answer with a number in ms.",
            Expected = EvokedReleaseDecay.HalfTime(Dat, Pulse).Milliseconds,
            Tolerance = Tolerance.RelativeOf(0.03),
            Hints =
            [
                "Integrating dC/dt = −Vmax·C/(Km + C) from C0 to C0/2 gives t½ = (Km·ln 2 + C0/2)/Vmax.",
                "Work in nM and seconds: Km = 200 nM, C0/2 = 100 nM, and Vmax = 8000 µM/h = 8 000 000 nM / 3600 s ≈ 2222 nM/s.",
                "t½ = (200·0.693 + 100)/2222 s ≈ 0.107 s; multiply by 1000 for ms.",
            ],
            ReferenceSolution = "double? answer = EvokedReleaseDecay.HalfTime(ClearanceParameters.DatBest2009.Value, Concentration.FromNanomolar(200)).Milliseconds; // ≈ 107 ms",
            SolutionExplanation = "t½ = (Km·ln 2 + C0/2)/Vmax ≈ (139 + 100) nM ÷ 2222 nM/s ≈ 107 ms. For a small pulse (C0 ≪ Km) the C0/2 term vanishes and t½ → Km·ln 2/Vmax ≈ 62 ms, " +
                                  "close to the 64 ms measured in rat striatum (Suaud-Chagny et al. 1995). Larger pulses clear more slowly because DAT saturates.",
            Sources = [References.Cite("best2009"), References.Cite("suaudchagny1995")],
            Evidence = EvidenceLevel.Model,
        },
        new NumericExercise<Concentration>(QuantityKinds.Concentration)
        {
            Id = "05-blocker-apparent-km",
            Title = "A competitive blocker raises the apparent Km",
            Prompt = $"A cocaine-like blocker binds DAT competitively with Ki = {Blocker.HalfOccupancy} (an illustrative value). At a free concentration of {BlockerDose}, " +
                     $"what is DAT's **apparent Km** for dopamine? (DAT alone: Km = {Dat.Km}.) Answer with a `Concentration`.",
            Expected = Dat.ApparentKm(Blocker, BlockerDose),
            Tolerance = Tolerance.RelativeOf(0.02),
            Hints =
            [
                "A competitive inhibitor does not change Vmax; it multiplies Km by 1 + [I]/Ki.",
                "1 + 300/100 = 4.",
            ],
            ReferenceSolution = "var answer = ClearanceParameters.DatBest2009.Value.ApparentKm(ReceptorBinding.FromKd(\"blocker\", Concentration.FromNanomolar(100)), Concentration.FromNanomolar(300)); // 0.8 µM",
            SolutionExplanation = "Km,app = Km·(1 + [I]/Ki) = 0.2 µM × 4 = 0.8 µM. The blocker occupies 75% of the free transporters; enough dopamine could still saturate DAT (Vmax unchanged), but at normal levels uptake is about four times slower. " +
                                  "Slower uptake lengthens every signal, and in a burst of pulses it also raises the peak (PulseTrainRelease; Suaud-Chagny et al. 1995).",
            Sources = [References.Cite("best2009")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "05-predict-small-pulse",
            Title = "Predict, then run: does a blocker slow small and large signals alike?",
            Prompt = $"With the same blocker at {BlockerDose} (apparent Km ×4), how many times **longer** does a small {SmallPulse} pulse take to halve than without the blocker? " +
                     $"Predict a number (1 = no change, 4 = four times longer) before you run the model. (For a {Pulse} pulse the factor is " +
                     $"{(EvokedReleaseDecay.HalfTime(Dat, Pulse, Blocker, BlockerDose) / EvokedReleaseDecay.HalfTime(Dat, Pulse)).ToString("F2", CultureInfo.InvariantCulture)}.)",
            Simulation = () => EvokedReleaseDecay.HalfTime(Dat, SmallPulse, Blocker, BlockerDose) / EvokedReleaseDecay.HalfTime(Dat, SmallPulse),
            SimulationDescription = $"exact Michaelis–Menten half-times of a {SmallPulse} pulse with and without the blocker, DAT of Best et al. 2009",
            Tolerance = Tolerance.RelativeOf(0.1),
            Hints =
            [
                "In t½ = (Km·ln 2 + C0/2)/Vmax, only the Km term grows with the blocker.",
                "For a 10 nM pulse, which term dominates: Km·ln 2 = 139 nM or C0/2 = 5 nM?",
            ],
            ReferenceSolution = "double? prediction = 3.9; // (4·139 + 5)/(139 + 5)",
            SolutionExplanation = "For a small pulse the Km term dominates, so the half-time grows almost by the full factor 4 (≈3.9). A large pulse saturates DAT and its C0/2 term is untouched by the blocker, so it is slowed less. " +
                                  "Uptake blockers therefore stretch tonic and small phasic signals most; Suaud-Chagny et al. 1995 saw half-times prolonged by up to +602% in rats. " +
                                  "This exercise uses one instantaneous pulse, whose peak the blocker cannot change; in a burst (4 pulses at 15 Hz) the same study found the blockers also raised the peak, by about +420% in striatum, because each pulse adds to what the earlier ones left.",
            Sources = [References.Cite("best2009"), References.Cite("suaudchagny1995")],
            Evidence = EvidenceLevel.Model,
        },
        new MultipleChoiceExercise
        {
            Id = "05-mao-b-dopamine",
            Title = "MAO-B inhibitors and dopamine: rat or human?",
            Prompt = "A selective MAO-B inhibitor (selegiline, rasagiline) fully blocks MAO-B and leaves MAO-A alone. Using the course's illustrative dopamine shares " +
                     $"(rat striatum: {Rodent}; human basal ganglia: {Human}), which statement is right?",
            Choices =
            [
                new Choice($"In rat striatum about {Rodent.RemainingActivity(0, 1) * 100:F0}% of the MAO activity towards dopamine remains, in human basal ganglia only about {Human.RemainingActivity(0, 1) * 100:F0}%: the same drug removes far more of dopamine's breakdown in humans.", true,
                    "Right. remaining = fA·(1 − iA) + (1 − fA)·(1 − iB) with iA = 0, iB = 1 is simply fA. Rat striatal dopamine is deaminated mainly by MAO-A (Sader-Mazbar et al. 2013), human basal ganglia are rich in (mostly glial) MAO-B (Youdim et al. 2006): a rodent result need not transfer."),
                new Choice("MAO-B inhibitors block dopamine breakdown equally in every species, because dopamine is a substrate of both isoforms.", false,
                    "Being a substrate of both does not fix the share: how much flux each isoform carries depends on how much of each is present where dopamine is, which differs between rat striatum and human basal ganglia."),
                new Choice("An MAO-B inhibitor mainly raises serotonin, because serotonin is the main MAO-B substrate.", false,
                    "It is the other way round: serotonin (and norepinephrine) are preferentially MAO-A substrates; phenylethylamine and benzylamine are the MAO-B substrates (Youdim et al. 2006)."),
                new Choice("MAO acts on extracellular dopamine, so an MAO inhibitor speeds the clearance of a released pulse.", false,
                    "MAO is on the outer mitochondrial membrane, inside cells: it breaks down dopamine after uptake, not in the extracellular space. Clearance of a pulse is set by DAT; blocking MAO does not speed it."),
            ],
            Hints =
            [
                "With only MAO-B blocked, the remaining activity is the fraction carried by MAO-A: remaining = fA.",
                "Compare fA for the two tissues, and remember where each share comes from.",
            ],
            ReferenceSolution = "var answer = \"A\";",
            Sources = [References.Cite("youdim2006"), References.Cite("sadermazbar2013")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new CodeExercise<Func<double, double, double, double>>
        {
            Id = "05-half-time-function",
            Title = "Write the clearance half-time as a function",
            Prompt = "Write t½ = (Km·ln 2 + C0/2)/Vmax as a C# function of Km (nM), the peak C0 (nM) and Vmax (nM/s) that returns the half-time in **seconds**. " +
                     "It is checked against the library's `EvokedReleaseDecay.HalfTime` on five inputs, including a tiny and a saturating pulse.",
            Reference = (kmNanomolar, peakNanomolar, vmaxNanomolarPerSecond) => EvokedReleaseDecay.HalfTime(
                MichaelisMenten.Create("uptake", ConcentrationRate.FromNanomolarPerSecond(vmaxNanomolarPerSecond), Concentration.FromNanomolar(kmNanomolar)),
                Concentration.FromNanomolar(peakNanomolar)).Seconds,
            Cases =
            [
                new CodeCase("DAT, 200 nM pulse", 200.0, 200.0, 8e6 / 3600),
                new CodeCase("DAT, 1 µM pulse", 200.0, 1000.0, 8e6 / 3600),
                new CodeCase("SERT-like Km 60 nM, 50 nM pulse", 60.0, 50.0, 500.0),
                new CodeCase("tiny pulse (C0 ≪ Km)", 200.0, 0.001, 2000.0) { EdgeCase = true },
                new CodeCase("saturating pulse (C0 ≫ Km)", 0.2, 1e6, 2000.0) { EdgeCase = true },
            ],
            Hints =
            [
                "The function takes three numbers: `(kmNanomolar, peakNanomolar, vmaxNanomolarPerSecond) => ...`.",
                "Use `Math.Log(2)` for ln 2; nM divided by nM/s gives seconds.",
            ],
            ReferenceSolution = "Func<double, double, double, double> halfTime = (km, c0, vmax) => (km * Math.Log(2) + c0 / 2) / vmax;",
            SolutionExplanation = "Integrating dC/dt = −Vmax·C/(Km + C) gives Km·ln(C0/C) + (C0 − C) = Vmax·t; at C = C0/2 this is t½ = (Km·ln 2 + C0/2)/Vmax. " +
                                  "Tiny pulses clear with the first-order half-time ln 2·Km/Vmax; saturating ones at the constant rate Vmax, taking C0/(2Vmax).",
            Sources = [References.Cite("best2009")],
            Evidence = EvidenceLevel.Model,
        },
    ];
}

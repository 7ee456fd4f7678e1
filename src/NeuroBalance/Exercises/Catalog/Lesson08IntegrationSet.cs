using NeuroBalance.Content;
using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Integration;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/08-integration-and-interventions.dib</c>: precursor versus transport,
/// the serotonin–dopamine brake, GABA-A tone after delivery, and the capstone (hormone state +
/// intervention + weeks of adaptation).
/// </summary>
/// <remarks>
/// Expected answers are computed by <see cref="InterventionComparison"/>, <see cref="SerotoninDopamineBrake"/>,
/// <see cref="HormoneScenarioResponse"/> and <see cref="CapstoneScenario"/>, never typed in.
/// </remarks>
internal sealed class Lesson08IntegrationSet : IExerciseSet
{
    /// <summary>The capstone's question: postpartum state, SSRI from week 0, output at week 6.</summary>
    internal const double CapstoneWeek = 6;

    private static readonly double TryptophanEffect = InterventionComparison.SerotoninRelative(SerotoninTerminal.Default.TryptophanLoading());
    private static readonly double SsriEffect = InterventionComparison.SerotoninRelative(SerotoninTerminal.Default.AcuteSsri(InterventionComparison.SsriConcentration));
    private static readonly bool AboutTheSame = Math.Abs(TryptophanEffect - SsriEffect) < 0.05;

    public string Notebook => "08-integration-and-interventions";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new MultipleChoiceExercise
        {
            Id = "08-precursor-vs-ssri",
            Title = "Precursor or transporter: which moves 5-HT more in the terminal model?",
            Prompt = "In the serotonin terminal model (autoreceptors on), compare two steady states: blood tryptophan **doubled**, or an SSRI at 100 nM " +
                     "(about 78% SERT occupancy, near the ~80% seen at therapeutic doses). Which raises extracellular 5-HT more?",
            Choices =
            [
                new Choice("Doubling tryptophan.", !AboutTheSame && TryptophanEffect > SsriEffect,
                    $"Right, in this model: ×{TryptophanEffect:F2} against ×{SsriEffect:F2}. TPH is not saturated (terminal tryptophan is below its Km), so synthesis follows tryptophan. Blocking SERT cannot raise synthesis: at steady state release must balance it, so less recycled 5-HT means smaller stores and less release, and the new level sits only a little above the old one."),
                new Choice("The SSRI.", !AboutTheSame && SsriEffect > TryptophanEffect,
                    $"Not in this model at steady state: the SSRI gives ×{SsriEffect:F2} and tryptophan ×{TryptophanEffect:F2}. With less 5-HT recycled, vesicular stores and release fall until release again balances synthesis, which the SSRI does not change."),
                new Choice("About the same (within 5%).", AboutTheSame,
                    $"They differ by more than 5% here: tryptophan ×{TryptophanEffect:F2}, SSRI ×{SsriEffect:F2}."),
                new Choice("Neither: feedback cancels both completely.", false,
                    "Feedback damps both changes but cancels neither; run `InterventionComparison.Rows()` to see the numbers."),
            ],
            Hints =
            [
                "Is TPH2 saturated with tryptophan? Its Km is about 40 µM and the terminal's tryptophan sits near 20 µM. So what does doubling the supply do to synthesis?",
                "At steady state, everything released must be balanced by what is made. Does blocking reuptake change how much is made?",
            ],
            ReferenceSolution = "var choice = \"A\";",
            SolutionExplanation = "A model result, not a clinical one: one terminal at steady state leaves out the raphe cell bodies, firing and the weeks of adaptation over which an SSRI's effect builds; section 3 adds those.",
            Sources = [References.Cite("best2010"), References.Cite("meyer2004")],
            Evidence = EvidenceLevel.Model,
        },
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "08-ssri-dopamine-brake",
            Title = "Serotonin up, dopamine down? The illustrative 5-HT2C brake",
            Prompt = "With the illustrative brake r(s) = (1 − Imax·s/(s + K)) / (1 − Imax/(1 + K)), Imax = 0.5 and K = 1, what is dopamine release (× baseline) when extracellular 5-HT is **3 ×** baseline? " +
                     "You may call `SerotoninDopamineBrake.DopamineReleaseFactor`.",
            Expected = SerotoninDopamineBrake.DopamineReleaseFactor(3),
            Tolerance = Tolerance.RelativeOf(0.02),
            Hints =
            [
                "At s = 1 the brake is 0.5·1/2 = 0.25, so the denominator is 1 − 0.25 = 0.75.",
                "At s = 3 the brake is 0.5·3/4 = 0.375; r = (1 − 0.375)/0.75.",
            ],
            ReferenceSolution = "var release = SerotoninDopamineBrake.DopamineReleaseFactor(3); // ≈ 0.83",
            SolutionExplanation = "r(3) = 0.625/0.75 ≈ 0.83: a threefold rise in 5-HT trims dopamine release by about a sixth. The direction is supported by rodent work on 5-HT2C receptors " +
                                  "(De Deurwaerdère & Di Giovanni 2017); the numbers are illustrative, and other 5-HT receptors push the other way in some regions.",
            Sources = [SerotoninDopamineBrake.Source],
            Evidence = EvidenceLevel.Illustrative,
        },
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "08-postpartum-gaba-tone",
            Title = "GABA-A tone after delivery",
            Prompt = "In the `HormoneScenario.Postpartum` state allopregnanolone falls to 0.2 × reference. What is **tonic GABA-A activation** in the GABA model relative to the reference state " +
                     "(central estimate)? Use `HormoneScenarioResponse.TonicGabaARelative`.",
            Expected = HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State),
            Tolerance = Tolerance.RelativeOf(0.03),
            Hints =
            [
                "`HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State)` runs the GABA model for you.",
                "Ambient GABA does not change here; the receptor's sensitivity does, and the Hill slope of 2.2 amplifies a change in sensitivity at low GABA.",
            ],
            ReferenceSolution = "var tone = HormoneScenarioResponse.TonicGabaARelative(HormoneScenario.Postpartum.State); // ≈ 0.39",
            SolutionExplanation = "About 0.39: tonic inhibition falls by more than half in the model, so the excitation/inhibition ratio (E/I index ≈ 1/0.39) rises about 2.6-fold " +
                                  "if excitation is unchanged. The magnitude is illustrative; the direction follows the neurosteroid biology (Carver & Reddy 2013).",
            Sources = [References.Cite("carver2013")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new CodeExercise<Func<double, double, double, double>>
        {
            Id = "08-firing-brake-code",
            Title = "Write the autoreceptor brake on firing",
            Prompt = "Write raphe firing (relative to the reference) as a C# function of the hormonal 5-HT1A density A, the adaptation sensitivity S and the uptake-block factor b, " +
                     "with feedback gain g = 1: f = (1 + g)/(1 + g·A·S·b). It is checked against `CapstoneScenario.Firing` on six inputs, including no autoreceptors and a strong block.",
            Reference = (a, s, b) => CapstoneScenario.Firing(a, s, b),
            Cases =
            [
                new CodeCase("reference state", 1.0, 1.0, 1.0),
                new CodeCase("SSRI on day one", 1.0, 1.0, 3.0),
                new CodeCase("SSRI after adaptation", 1.0, 0.27, 3.0),
                new CodeCase("postpartum 5-HT1A, SSRI on day one", 1.157, 1.0, 3.0),
                new CodeCase("no autoreceptors", 0.0, 1.0, 3.0) { EdgeCase = true },
                new CodeCase("very strong block", 1.0, 1.0, 100.0) { EdgeCase = true },
            ],
            Hints =
            [
                "The function takes three numbers and returns one: `(a, s, b) => ...`.",
                "With g = 1 the formula is 2 / (1 + a·s·b).",
            ],
            ReferenceSolution = "Func<double, double, double, double> firing = (a, s, b) => 2 / (1 + a * s * b);",
            SolutionExplanation = "f = 2/(1 + A·S·b): 1 in the reference state, about 0.5 on the SSRI's first day (the brake cancels half the block), back near 1 once S has fallen to about 1/3. " +
                                  "Without autoreceptors (A = 0) firing doubles in this form, a reminder that g = 1 is an illustrative gain.",
            Sources = [References.Cite("commonslinnros2019")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "08-capstone-postpartum-ssri",
            Title = "Capstone: postpartum state + SSRI, six weeks on",
            Prompt = "Combine the three layers. Start from the `HormoneScenario.Postpartum` state, start an SSRI at week 0 (uptake-block factor b = 3), and let the 5-HT1A autoreceptors adapt. " +
                     $"Predict the 5-HT output in projection areas at **week {CapstoneWeek:G}**, relative to the reference state (no hormone change, no drug). Then run `CapstoneScenario`.",
            Simulation = () => CapstoneScenario.Create(HormoneScenario.Postpartum, Intervention.Ssri).OutputAtWeek(CapstoneWeek),
            SimulationDescription = $"CapstoneScenario: postpartum hormone state (H from the serotonin terminal), SSRI from week 0 with b = 3, illustrative 5-HT1A adaptation; output H·f·b at week {CapstoneWeek:G}",
            Tolerance = Tolerance.AbsoluteOf(0.25),
            Hints =
            [
                "Three factors multiply: H (the postpartum terminal, about 0.56), the uptake block b = 3, and raphe firing f = (1 + g)/(1 + g·A·S·b).",
                "At week 0 the brake is strongest (S = 1, and postpartum A ≈ 1.16): f ≈ 2/(1 + 1.16·3) ≈ 0.45. By week 6 most of the adaptation (τ = 7 days) has happened: S ≈ 0.27.",
                "At week 6: f ≈ 2/(1 + 1.16·0.27·3) ≈ 1.03, so output ≈ 0.56 × 1.03 × 3.",
            ],
            ReferenceSolution = "double? prediction = 1.74; // H ≈ 0.56 × f ≈ 1.03 × b = 3",
            SolutionExplanation = "About 1.7 × reference. In the first hours it is only about 0.9 (the brake cancels most of the block), and the hormone state alone gives about 0.56. " +
                                  "The shape, a delayed rise over weeks, is the desensitization hypothesis, which is contested (Commons & Linnros 2019); every constant is illustrative, so read shapes, not numbers.",
            Sources = [References.Cite("commonslinnros2019"), References.Cite("best2010"), References.Cite("pecinsthompson1996")],
            Evidence = EvidenceLevel.Illustrative,
        },
    ];
}

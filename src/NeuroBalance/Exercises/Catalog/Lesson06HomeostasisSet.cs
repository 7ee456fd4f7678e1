using NeuroBalance.Content;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/06-homeostasis-and-feedback.dib</c>: perturbation experiments on the
/// Best 2009 dopamine terminal with and without autoreceptor feedback, and the weeks-long time scale of
/// receptor regulation.
/// </summary>
/// <remarks>
/// Science: the dopamine terminal of Best, Nijhout &amp; Reed 2009 (doi:10.1186/1742-4682-6-21; model):
/// autoreceptors damp the effect of TH expression on extracellular dopamine, and a step from 5 to 15 Hz
/// triples extracellular DA at once, then habituates; receptor adaptation with illustrative time
/// constants (<see cref="ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative"/>), the desensitization
/// hypothesis of the SSRI delay being contested (Commons &amp; Linnros 2019, doi:10.1021/acschemneuro.8b00698).
/// Expected answers are computed with the library, not typed in.
/// </remarks>
internal sealed class Lesson06HomeostasisSet : IExerciseSet
{
    private static readonly Rate Burst = Rate.FromPerSecond(15);

    public string Notebook => "06-homeostasis-and-feedback";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "06-predict-th-double",
            Title = "Predict, then simulate: double the TH activity",
            Prompt = "In the Best et al. 2009 dopamine terminal, TH activity (its Vmax) is **doubled**, for example by more enzyme. With the D2-autoreceptor feedback on TH working, " +
                     "by what factor does steady-state **extracellular dopamine** change? (1 = unchanged, 2 = doubled.) Predict before you run.",
            Simulation = () => AutoreceptorExperiment.ThScaling(2).WithFeedback,
            SimulationDescription = "the Best 2009 dopamine terminal, steady state with TH × 2 ÷ basal steady state, autoreceptors on",
            Tolerance = Tolerance.AbsoluteOf(0.1),
            Hints =
            [
                "TH is the rate-limiting step, so more TH means more dopamine made, stored and released.",
                "But extracellular dopamine acts on autoreceptors that inhibit TH: the more dopamine outside, the stronger the brake. Does that let the full doubling through?",
            ],
            ReferenceSolution = "double? prediction = 1.2; // a rise of about a fifth, far from doubling",
            SolutionExplanation = "Extracellular DA rises only about 1.2-fold: doubling TH raises eda, which strengthens the autoreceptor brake on TH, so most of the extra capacity goes unused. " +
                                  "Without the feedback the same change gives about ×1.37 (still less than 2, because TH is also inhibited by cytosolic dopamine and stores are lost through VMAT leak and MAO). " +
                                  "Best et al. 2009 report the same: autoreceptors damp the effect of changes in TH expression.",
            Sources = [References.Cite("best2009")],
            Evidence = EvidenceLevel.Model,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "06-predict-firing-habituation",
            Title = "Predict, then simulate: firing triples, what happens a day later?",
            Prompt = $"The dopamine neurons switch from {DopamineTerminal.BasalFiring.PerSecond:G3} Hz to {Burst.PerSecond:G3} Hz and stay there. Extracellular dopamine triples at once. " +
                     "What factor (relative to the old steady state) does it settle at, with autoreceptors working? Predict a number.",
            Simulation = () => AutoreceptorExperiment.Firing(Burst).WithFeedback,
            SimulationDescription = "the Best 2009 dopamine terminal, steady state at 15 Hz ÷ steady state at 5 Hz, autoreceptors on",
            Tolerance = Tolerance.AbsoluteOf(0.25),
            Hints =
            [
                "Release is firing × vesicular store. If the store fell, release would fall with it.",
                "Faster firing empties vesicles faster than TH refills them, and the higher extracellular dopamine brakes TH through the autoreceptors.",
            ],
            ReferenceSolution = "double? prediction = 1.9; // habituates from ×3 to about ×1.9",
            SolutionExplanation = "Extracellular DA habituates from ×3 to about ×1.9 over hours, as the vesicular store falls to about 62% of normal. " +
                                  "Without autoreceptors it stays near ×2.8 because TH keeps the store almost full. Best et al. 2009 (Fig. 11) describe this habituation.",
            Sources = [References.Cite("best2009")],
            Evidence = EvidenceLevel.Model,
        },
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "06-regulation-weeks",
            Title = "How many days does receptor down-regulation take?",
            Prompt = $"In the course's illustrative 5-HT1A autoreceptor model, receptor density moves towards its new level exponentially with time constant τr = {ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value.RegulationTime}. " +
                     "After the stimulation steps up, how many **days** until 95% of the density change has happened? Answer with a number of days.",
            Expected = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value.TimeToRegulate(0.95).Days,
            Tolerance = Tolerance.RelativeOf(0.03),
            Hints =
            [
                "R(t) = R∞ + (R0 − R∞)·e^(−t/τr): the fraction of the change still to come is e^(−t/τr).",
                "Set e^(−t/τr) = 0.05 and solve: t = τr·ln 20.",
                "ln 20 ≈ 3.0, so t ≈ 3 × 7 days.",
            ],
            ReferenceSolution = "double? answer = ReceptorAdaptation.FiveHt1aAutoreceptorIllustrative.Value.TimeToRegulate(0.95).Days; // ≈ 21 days",
            SolutionExplanation = "t = τr·ln 20 ≈ 3.0 × 7 d ≈ 21 days: the weeks-long time scale of the delayed SSRI effect. The 7-day constant was chosen to show that time scale; " +
                                  "it is illustrative, not measured, and the desensitization account of the delay is contested (Commons & Linnros 2019).",
            Sources = [References.Cite("commonslinnros2019")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new MultipleChoiceExercise
        {
            Id = "06-feedback-meaning",
            Title = "What do autoreceptors do to a perturbation?",
            Prompt = $"{AutoreceptorExperiment.ThScaling(0.5)}. {AutoreceptorExperiment.ThScaling(2)}. Which reading of these model results is right?",
            Choices =
            [
                new Choice("The feedback pulls extracellular dopamine back towards its set level in both directions, so both the fall and the rise are smaller with autoreceptors.", true,
                    "Right. Negative feedback opposes change in either direction: less dopamine outside releases the brake on TH, more dopamine tightens it (Best et al. 2009). It damps the change; it does not cancel it."),
                new Choice("The feedback cancels the perturbation completely, so extracellular dopamine returns exactly to normal.", false,
                    "Not with proportional feedback like this: some change must remain, because the brake only moves when dopamine has moved. With feedback, eda still changes by about a fifth."),
                new Choice("Autoreceptors only matter when TH falls; they cannot limit a rise.", false,
                    "Look at the TH × 2 line: the rise is smaller with feedback too. The factor A(eda) falls as eda rises above its basal level."),
                new Choice("The autoreceptors raise the basal level of dopamine, which is why the changes look smaller.", false,
                    "Each variant is compared with its own baseline, so the ratios are not about the basal level. The smaller ratios come from the feedback acting on TH after the change."),
            ],
            Hints =
            [
                "Compare the 'with' and 'without' factors for the fall and for the rise separately.",
                "Is any factor exactly 1 with feedback?",
            ],
            ReferenceSolution = "var answer = \"A\";",
            Sources = [References.Cite("best2009")],
            Evidence = EvidenceLevel.Model,
        },
    ];
}

using NeuroBalance.Content;
using NeuroBalance.Models.Homeostasis;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/01-origin-and-balance.dib</c>: the set-point feedback model and the
/// history of the monoamine hypothesis.
/// </summary>
/// <remarks>
/// Science: homeostasis (Cannon 1929, doi:10.1152/physrev.1929.9.3.399); the illustrative one-pool model
/// <see cref="SetPointFeedback"/>, y* = (p + G)/(s + G); autoreceptor feedback buffering serotonin in a full
/// terminal model (Best et al. 2010, doi:10.1186/1742-4682-7-34; model); the umbrella review of the
/// serotonin theory of depression (Moncrieff et al. 2022, doi:10.1038/s41380-022-01661-0; human).
/// Expected answers are computed with <see cref="SetPointFeedback"/>, not typed in.
/// </remarks>
internal sealed class Lesson01OriginSet : IExerciseSet
{
    private static readonly Citation Cannon1929 = References.Cite("cannon1929");
    private static readonly Citation Cipriani2018 = References.Cite("cipriani2018");
    private static readonly Citation Best2010 = References.Cite("best2010");
    private static readonly Citation Moncrieff2022 = References.Cite("moncrieff2022");

    /// <summary>The gain used in the lesson (illustrative).</summary>
    private static readonly SetPointFeedback Feedback = SetPointFeedback.Illustrative;

    public string Notebook => "01-origin-and-balance";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "01-production-doubles",
            Title = "Production doubles: where does the level settle?",
            Prompt = $"In the set-point model with feedback gain G = {Feedback.Gain}, production doubles (p = 2, clearance unchanged). " +
                     "At the new steady state, what is the level as a **multiple of the set point** (1 = unchanged)? Without feedback it would be 2.",
            Expected = Feedback.SteadyStateLevel(Disturbance.ProductionScaled(2)),
            Tolerance = Tolerance.RelativeOf(0.01),
            Hints =
            [
                "At steady state dy/dτ = 0, and dy/dτ = (p + G) − (s + G)·y.",
                "So y* = (p + G)/(s + G), with p = 2, s = 1, G = 4.",
                "y* = 6/5. The deviation, +20%, is the open-loop +100% times 1/(1 + G) = 1/5.",
            ],
            ReferenceSolution = "double? answer = (2.0 + 4) / (1 + 4); // 1.2",
            SolutionExplanation = "y* = (2 + 4)/(1 + 4) = 1.2: the level rises 20% instead of 100%. Feedback of gain G shrinks a change in production by 1/(1 + G).",
            Sources = [Cannon1929, Best2010],
            Evidence = EvidenceLevel.Illustrative,
        },
        new CodeExercise<Func<double, double, double, double>>
        {
            Id = "01-steady-state-function",
            Title = "Write the steady state of the feedback model",
            Prompt = "Write the steady-state level y* of the set-point model as a function of the production factor p, the clearance factor s and the gain G " +
                     "(the level as a multiple of the set point). Set dy/dτ = (p + G) − (s + G)·y to zero and solve for y.",
            Reference = (p, s, g) => SetPointFeedback.WithGain(g).SteadyStateLevel(Disturbance.Of(p, s)),
            Cases =
            [
                new CodeCase("nothing changes", 1.0, 1.0, 4.0),
                new CodeCase("production doubles, G = 4", 2.0, 1.0, 4.0),
                new CodeCase("clearance halved, G = 4", 1.0, 0.5, 4.0),
                new CodeCase("clearance halved, no feedback", 1.0, 0.5, 0.0) { EdgeCase = true },
                new CodeCase("production stops, G = 1", 0.0, 1.0, 1.0) { EdgeCase = true },
            ],
            Hints =
            [
                "The function takes three numbers: `(p, s, g) => ...`.",
                "(p + G) − (s + G)·y = 0 gives y = (p + G)/(s + G).",
            ],
            ReferenceSolution = "Func<double, double, double, double> steady = (p, s, g) => (p + g) / (s + g);",
            SolutionExplanation = "y* = (p + G)/(s + G). With G = 0 it is p/s: production over clearance, the open-loop answer. Large G pulls y* towards 1, the set point.",
            Sources = [Cannon1929],
            Evidence = EvidenceLevel.Illustrative,
        },
        new MultipleChoiceExercise
        {
            Id = "01-serotonin-theory",
            Title = "What did the 2022 umbrella review conclude?",
            Prompt = "Moncrieff and colleagues (2022) reviewed the systematic reviews and meta-analyses on serotonin and depression. Which statement matches their conclusion?",
            Choices =
            [
                new Choice("There is no consistent evidence that depression is caused by lower serotonin activity or concentrations.", true,
                    "Right. The review concluded that the main areas of research give no consistent support for the low-serotonin theory of depression (Moncrieff et al. 2022)."),
                new Choice("Serotonin plays no role in mood.", false,
                    "Too strong. The review addressed one causal theory (low serotonin causes depression), not whether serotonin systems influence mood; drugs and experiments show they can."),
                new Choice("Antidepressants that act on serotonin do not work.", false,
                    "The review did not assess whether antidepressants work; trials did, and a network meta-analysis of 522 of them found every antidepressant studied more effective than placebo on average (Cipriani et al. 2018). A drug can help even if the disorder is not caused by a shortage of what the drug targets."),
                new Choice("Depression is confirmed to be a serotonin deficiency.", false,
                    "That is the 'chemical imbalance' slogan the review found no consistent evidence for."),
            ],
            Hints =
            [
                "The review asked a causal question: is low serotonin the cause of depression?",
                "Separate three claims: serotonin matters for mood; serotonin drugs can help; depression is caused by low serotonin. Only one was tested.",
            ],
            ReferenceSolution = "var answer = \"A\";",
            Sources = [Moncrieff2022, Cipriani2018],
            Evidence = EvidenceLevel.Human,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "01-predict-clearance",
            Title = "Predict, then run: clearance halved",
            Prompt = $"Clearance is **halved** (s = 0.5, as when half of the transporters are blocked), production unchanged. Without feedback the level doubles. " +
                     $"With feedback of gain G = {Feedback.Gain}, predict the new steady-state level as a multiple of the set point, then run the model.",
            Simulation = () => Feedback.SteadyStateLevel(Disturbance.ClearanceScaled(0.5)),
            SimulationDescription = $"the set-point model, steady state with clearance × 0.5 and G = {Feedback.Gain}",
            Tolerance = Tolerance.AbsoluteOf(0.05),
            Hints =
            [
                "Feedback cuts production as the level rises, so the level cannot double.",
                "y* = (p + G)/(s + G) with p = 1, s = 0.5, G = 4.",
            ],
            ReferenceSolution = "double? prediction = (1 + 4) / (0.5 + 4); // ≈ 1.11",
            SolutionExplanation = "y* = 5/4.5 ≈ 1.11: an 11% rise instead of 100%. The shrink factor is s/(s + G) = 1/9, close to 1/(1 + G) = 1/5 only for small changes. " +
                                  "Best et al. (2010) found the same kind of buffering by autoreceptors in a full serotonin terminal model.",
            Sources = [Best2010],
            Evidence = EvidenceLevel.Illustrative,
        },
    ];
}

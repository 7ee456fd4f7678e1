using NeuroBalance.Content;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/04-release-and-receptors.dib</c>: cooperative binding (Hill), clinical SERT
/// occupancy, receptor reserve, partial agonists and the narrow D2 occupancy window.
/// </summary>
/// <remarks>
/// Science: the Hill equation with the GABA-A α1β2γ2L EC50 11.6 µM and Hill slope 2.2 (Jahn et al. 1997; in vitro);
/// mass-action drug occupancy with the escitalopram K<sub>i</sub> of the serotonin model (27.6 nM) and the SERT
/// occupancy of about 80% at minimum therapeutic SSRI doses (Meyer et al. 2004; human PET); the operational model
/// (Black &amp; Leff 1983; model); the D2 thresholds 65/72/78% (Kapur et al. 2000; human PET). Expected answers are
/// computed with <see cref="Occupancy"/>, <see cref="DrugOccupancy"/>, <see cref="OperationalModel"/> and
/// <see cref="D2OccupancyThresholds"/>, not typed in.
/// </remarks>
internal sealed class Lesson04ReleaseAndReceptorsSet : IExerciseSet
{
    /// <summary>The GABA-A receptor's response, a cooperative (Hill) binding, from Jahn et al. 1997.</summary>
    private static readonly ReceptorBinding GabaA = ReceptorBinding.WithHill("GABA-A α1β2γ2L", Concentration.FromMicromolar(11.6), 2.2);

    /// <summary>The GABA concentration of the Hill exercise: half the EC50.</summary>
    private static readonly Concentration HalfEc50 = Concentration.FromMicromolar(5.8);

    /// <summary>An illustrative full agonist with a large receptor reserve (τ = 30).</summary>
    private static readonly OperationalModel ReserveAgonist = OperationalModel.Create("full agonist", Concentration.FromNanomolar(100), 30);

    public string Notebook => "04-release-and-receptors";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "04-hill-steepness",
            Title = "A steep receptor: GABA-A at half its EC50",
            Prompt = $"Recombinant GABA-A receptors (α1β2γ2L) respond to GABA with EC50 = {GabaA.HalfOccupancy} and Hill slope n = {GabaA.HillCoefficient.ToString(System.Globalization.CultureInfo.InvariantCulture)} (Jahn et al. 1997). " +
                     $"What fraction of the maximal response does **{HalfEc50}** GABA (half the EC50) give, by the Hill equation? Answer with a number from 0 to 1.",
            Expected = GabaA.OccupancyAt(HalfEc50),
            Tolerance = Tolerance.AbsoluteOf(0.01),
            Hints =
            [
                "Hill equation: θ = [L]ⁿ / ([L]ⁿ + EC50ⁿ). Divide top and bottom by EC50ⁿ.",
                "With x = [L]/EC50 = 0.5: θ = xⁿ/(1 + xⁿ) = 0.5^2.2 / (1 + 0.5^2.2). `Math.Pow(0.5, 2.2)` helps.",
            ],
            ReferenceSolution = "double? answer = Math.Pow(0.5, 2.2) / (1 + Math.Pow(0.5, 2.2)); // ≈ 0.18",
            SolutionExplanation = "About 0.18, against 0.33 for simple mass action (n = 1): with n > 1 the curve is steeper, so halving GABA cuts the response by much more than half. " +
                                  "A Hill slope is a description of steepness, not a count of binding sites.",
            Sources = [References.Cite("jahn1997")],
            Evidence = EvidenceLevel.InVitro,
        },
        new NumericExercise<Concentration>(QuantityKinds.Concentration)
        {
            Id = "04-sert-eighty",
            Title = "How much free escitalopram blocks 80% of SERT?",
            Prompt = $"SSRIs at their minimum therapeutic doses occupy about {100 * SertOccupancyFindings.MinimumTherapeuticDose.Value:F0}% of the serotonin transporters (Meyer et al. 2004, PET). " +
                     $"The serotonin model uses Ki = {SerotoninTerminal.EscitalopramKi} for escitalopram at SERT. What **free** concentration gives that occupancy under mass action? Answer with a `Concentration`.",
            Expected = DrugOccupancy.ConcentrationFor(SertOccupancyFindings.MinimumTherapeuticDose.Value, SerotoninTerminal.EscitalopramKi),
            Tolerance = Tolerance.RelativeOf(0.03),
            Hints =
            [
                "θ = [D]/([D] + Ki). Solve for [D].",
                "[D] = Ki · θ/(1 − θ) = 27.6 nM · 0.8/0.2.",
            ],
            ReferenceSolution = "var answer = Concentration.FromNanomolar(27.6 * 0.8 / 0.2); // ≈ 110 nM",
            SolutionExplanation = "[D] = 4 × Ki ≈ 110 nM. Going from 80% to 90% needs 9 × Ki: more than double the drug for ten more points of occupancy, which is why the PET curves flatten near the top.",
            Sources = [References.Cite("meyer2004"), References.Cite("best2010")],
            Evidence = EvidenceLevel.Human,
        },
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "04-reserve-occupancy",
            Title = "Receptor reserve: how many receptors does half a response need?",
            Prompt = $"In the operational model, a full agonist has K_A = {ReserveAgonist.AgonistKd} and τ = {ReserveAgonist.Tau} in a tissue with many receptors (Black & Leff 1983). " +
                     "What **fraction of the receptors** is occupied at the agonist's EC50 (half its maximal response)? Answer with a number from 0 to 1.",
            Expected = ReserveAgonist.OccupancyAtEc50,
            Tolerance = Tolerance.AbsoluteOf(0.005),
            Hints =
            [
                "With a transducer slope of 1, response = τθ/(1 + τθ), where θ is the occupancy. Its maximum is τ/(1 + τ).",
                "Set τθ/(1 + τθ) = ½ · τ/(1 + τ) and solve for θ: θ = 1/(2 + τ).",
            ],
            ReferenceSolution = "double? answer = 1.0 / (2 + 30); // ≈ 0.031",
            SolutionExplanation = "θ = 1/(2 + τ) = 1/32 ≈ 3%: half the response needs only 3% of the receptors. The other 97% are the reserve; that is why EC50 (about 3 nM here) is far below K_A (100 nM).",
            Sources = [References.Cite("blackleff1983")],
            Evidence = EvidenceLevel.Model,
        },
        new MultipleChoiceExercise
        {
            Id = "04-partial-agonist",
            Title = "A partial agonist meets a full agonist",
            Prompt = "A receptor is strongly activated by a full agonist (response near 100%). A partial agonist whose own maximum is 30% is added at a concentration high enough to occupy almost every receptor. What happens to the response?",
            Choices =
            [
                new Choice("It falls toward 30%: the partial agonist displaces the full agonist and gives only its own, smaller effect.", true,
                    "Right. Both compete for one site; at high concentration the partial agonist wins the site and the response settles at its own maximum. It acts as an agonist when the receptor is quiet and as an antagonist when it is busy (operational model, Black & Leff 1983). " +
                    "This is at a fixed full-agonist concentration: raising the full agonist far enough wins the site back, so the partial agonist shifts the full agonist's curve right and raises its bottom to 30%, without lowering its maximum."),
                new Choice("It rises above 100%: the two agonists add up.", false,
                    "They bind the same site, so they cannot both occupy one receptor. The response is shared between occupied receptors, and the system maximum cannot be exceeded."),
                new Choice("It stays near 100%: a partial agonist cannot lower a response.", false,
                    "It can: run the slider chart with the partial agonist. Where the full agonist was active, replacing it with a weaker activator lowers the response."),
                new Choice("It falls to 0: any second ligand blocks the receptor.", false,
                    "Only a neutral antagonist (τ = 0) would push it toward 0. A partial agonist keeps its own efficacy (here 30%)."),
            ],
            Hints =
            [
                "Both drugs bind the same site. At very high concentration, which one holds most of the receptors?",
                "The response of receptors held by the partial agonist is at most 30%.",
            ],
            ReferenceSolution = "var choice = \"A\";",
            Sources = [References.Cite("blackleff1983"), References.Cite("arunlakshana1959")],
            Evidence = EvidenceLevel.Model,
        },
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "04-d2-window",
            Title = "How wide is the D2 therapeutic window?",
            Prompt = $"Kapur et al. (2000) found clinical response above {100 * D2OccupancyThresholds.Response.Value:F0}% D2 occupancy and extrapyramidal effects above {100 * D2OccupancyThresholds.ExtrapyramidalEffects.Value:F0}%. " +
                     "Under mass action, by what **factor** must the free drug concentration rise to go from 65% to 78% occupancy? Answer with a number (it does not depend on the drug's Kd).",
            Expected = D2OccupancyThresholds.WindowRatio,
            Tolerance = Tolerance.RelativeOf(0.02),
            Hints =
            [
                "[D] = Kd · θ/(1 − θ). Write it for θ = 0.78 and for θ = 0.65 and divide: Kd cancels.",
                "(0.78/0.22) / (0.65/0.35).",
            ],
            ReferenceSolution = "double? answer = (0.78 / 0.22) / (0.65 / 0.35); // ≈ 1.91",
            SolutionExplanation = "About 1.9-fold: less than a doubling of the free concentration separates likely response from likely motor side effects, which is why D2 antagonist dosing is so narrow.",
            Sources = [References.Cite("kapur2000")],
            Evidence = EvidenceLevel.Human,
        },
    ];
}

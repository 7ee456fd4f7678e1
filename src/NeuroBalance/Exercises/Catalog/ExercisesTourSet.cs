using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/A4-exercises-tour.dib</c>: one of each kind, all on equilibrium
/// binding of dopamine to tyrosine hydroxylase (TH).
/// </summary>
/// <remarks>
/// Science: the law of mass action θ = [L]/([L] + K<sub>d</sub>) (Hulme &amp; Trevethick 2010,
/// doi:10.1111/j.1476-5381.2009.00604.x; model); the two dopamine sites of TH, K<sub>d</sub> &lt; 4 nM
/// and 90 nM (Gordon et al. 2008, doi:10.1111/j.1471-4159.2008.05509.x; in vitro, purified enzyme;
/// only an upper bound is reported for the high-affinity site, so 4 nM is used as in
/// <c>00-start-here</c>); affinity versus efficacy (Neubig et al. 2003, IUPHAR terms and symbols,
/// doi:10.1124/pr.55.4.4); the dopamine terminal model of Best, Nijhout &amp; Reed 2009
/// (doi:10.1186/1742-4682-6-21; model) for the simulated prediction. Expected answers are computed with
/// <see cref="Occupancy"/> and <see cref="DopamineTerminal"/>, not typed in.
/// </remarks>
internal sealed class ExercisesTourSet : IExerciseSet
{
    private static readonly Citation HulmeTrevethick2010 = new("Hulme & Trevethick 2010", "10.1111/j.1476-5381.2009.00604.x");
    private static readonly Citation Gordon2008 = new("Gordon et al. 2008", "10.1111/j.1471-4159.2008.05509.x");
    private static readonly Citation Neubig2003 = new("Neubig et al. 2003", "10.1124/pr.55.4.4");
    private static readonly Citation BestNijhoutReed2009 = TerminalSources.Best2009;

    /// <summary>K<sub>d</sub> of the low-affinity dopamine site of TH.</summary>
    private static readonly Sourced<Concentration> LowAffinityKd =
        new(Concentration.FromNanomolar(90), Gordon2008, EvidenceLevel.InVitro, "TH low-affinity dopamine site, purified enzyme");

    /// <summary>The free dopamine concentration of the prediction exercise (chosen to illustrate).</summary>
    private static readonly Concentration PredictionDopamine = Concentration.FromNanomolar(40);

    public string Notebook => "A4-exercises-tour";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new NumericExercise<Concentration>(QuantityKinds.Concentration)
        {
            Id = "a4-ninety-percent",
            Title = "How much dopamine fills 90% of a site?",
            Prompt = $"The low-affinity dopamine site of tyrosine hydroxylase has Kd = {LowAffinityKd.Value} (Gordon et al. 2008, purified enzyme). " +
                     "Under the law of mass action, at what free dopamine concentration is this site **90% occupied**? Answer with a `Concentration`, in any unit.",
            Expected = Occupancy.ConcentrationFor(0.9, LowAffinityKd.Value),
            Tolerance = Tolerance.RelativeOf(0.02),
            Hints =
            [
                "Start from the occupancy θ = [L] / ([L] + Kd) and set θ = 0.9.",
                "Solve for [L]: [L] = Kd · θ / (1 − θ).",
                "θ / (1 − θ) = 0.9 / 0.1 = 9, so [L] = 9 × Kd. Write it with its unit, e.g. `Concentration.FromNanomolar(...)`.",
            ],
            ReferenceSolution = "var answer = Concentration.FromNanomolar(9 * 90); // 810 nM = 0.81 µM",
            SolutionExplanation = "θ = 0.9 needs [L] = Kd · 0.9/0.1 = 9 · Kd = 810 nM. Any unit is accepted: 0.81 µM is the same answer.",
            Sources = [HulmeTrevethick2010, Gordon2008],
            Evidence = EvidenceLevel.InVitro,
        },
        new CodeExercise<Func<double, double, double>>
        {
            Id = "a4-occupancy-function",
            Title = "Write the occupancy law as a function",
            Prompt = "Write the mass-action occupancy θ = [L] / ([L] + Kd) as a C# function of the free ligand concentration and Kd, " +
                     "both in nM, that returns the fraction of sites occupied (0 to 1). It is checked on six inputs, including no ligand and a saturating one.",
            Reference = (ligandNanomolar, kdNanomolar) =>
                Occupancy.MassAction(Concentration.FromNanomolar(ligandNanomolar), Concentration.FromNanomolar(kdNanomolar)),
            Cases =
            [
                new CodeCase("ligand at the Kd", 90.0, 90.0),
                new CodeCase("ligand at 9 × Kd", 810.0, 90.0),
                new CodeCase("ligand at a tenth of the Kd", 9.0, 90.0),
                new CodeCase("no ligand", 0.0, 90.0) { EdgeCase = true },
                new CodeCase("very high affinity", 1.0, 0.01) { EdgeCase = true },
                new CodeCase("saturating ligand (10 M)", 1e10, 4.0) { EdgeCase = true },
            ],
            Hints =
            [
                "The function takes two numbers and returns one: `(ligandNanomolar, kdNanomolar) => ...`.",
                "The occupied fraction is the ligand concentration divided by the sum of the ligand concentration and Kd.",
            ],
            ReferenceSolution = "Func<double, double, double> occupancy = (ligandNanomolar, kdNanomolar) => ligandNanomolar / (ligandNanomolar + kdNanomolar);",
            SolutionExplanation = "θ = [L] / ([L] + Kd): 0 without ligand, exactly 0.5 at [L] = Kd, and close to 1 when [L] is far above Kd.",
            Sources = [HulmeTrevethick2010],
            Evidence = EvidenceLevel.Model,
        },
        new MultipleChoiceExercise
        {
            Id = "a4-low-kd-meaning",
            Title = "What does a low Kd mean?",
            Prompt = "A binding assay reports a low Kd for a ligand at a receptor. What does the low Kd tell you?",
            Choices =
            [
                new Choice("The ligand binds with high affinity: half of the sites are occupied at a low concentration.", true,
                    "Right. Kd is the free concentration at which half of the sites are occupied (θ = 0.5 when [L] = Kd), so a low Kd means little ligand is needed (Hulme & Trevethick 2010)."),
                new Choice("The ligand binds with low affinity.", false,
                    "It is the other way round. Kd is a dissociation constant: the lower it is, the lower the concentration that already occupies half of the sites."),
                new Choice("The tissue has more binding sites.", false,
                    "The number of sites is Bmax, a separate result of a binding experiment. Kd says how much ligand is needed, not how many sites there are (Hulme & Trevethick 2010)."),
                new Choice("The ligand activates the receptor more strongly.", false,
                    "Binding (affinity) and activation (efficacy) are different properties: an antagonist can bind with a very low Kd and activate nothing (Neubig et al. 2003)."),
            ],
            Hints =
            [
                "At [L] = Kd, the occupancy is θ = Kd / (Kd + Kd) = 0.5.",
                "Affinity, number of sites and efficacy are three different things; Kd measures only one of them.",
            ],
            ReferenceSolution = "var answer = \"A\";",
            Sources = [HulmeTrevethick2010, Neubig2003],
            Evidence = EvidenceLevel.Model,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "a4-predict-occupancy",
            Title = "Predict, then run: the low-affinity site at 40 nM",
            Prompt = $"Tyrosine hydroxylase has a high-affinity dopamine site (Kd < 4 nM) and a low-affinity one (Kd = {LowAffinityKd.Value}) (Gordon et al. 2008). " +
                     $"At {PredictionDopamine} free dopamine, what fraction of the **low-affinity** site is occupied? Write down your prediction (a number from 0 to 1) before you run the model.",
            Simulation = () => Occupancy.MassAction(PredictionDopamine, LowAffinityKd.Value),
            SimulationDescription = $"mass action, θ = [L] / ([L] + Kd) at [L] = {PredictionDopamine}, Kd = {LowAffinityKd.Value}",
            Tolerance = Tolerance.AbsoluteOf(0.05),
            Hints =
            [
                "Is 40 nM above or below this site's Kd? Below the Kd, fewer than half of the sites are occupied.",
                "θ = [L] / ([L] + Kd) = 40 / (40 + 90).",
            ],
            ReferenceSolution = "double? prediction = 40.0 / (40 + 90); // ≈ 0.31",
            SolutionExplanation = "θ = 40 / 130 ≈ 0.31. At the same 40 nM the high-affinity site (Kd 4 nM) is about 91% occupied: the two sites sense different dopamine ranges.",
            Sources = [HulmeTrevethick2010, Gordon2008],
            Evidence = EvidenceLevel.InVitro,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "a4-predict-tyrosine",
            Title = "Predict, then simulate: halve the blood tyrosine",
            Prompt = "In the dopamine terminal model of Best, Nijhout & Reed (2009), blood tyrosine, the precursor of dopamine, is **halved** " +
                     $"({DopamineTerminal.DefaultBloodTyrosine} → {DopamineTerminal.DefaultBloodTyrosine * 0.5}). The model then settles to a new steady state. " +
                     "Predict the **vesicular dopamine store** at the new steady state as a fraction of its normal value (1 = unchanged, 0.5 = halved).",
            Simulation = () => VesicularDopamineAfterTyrosineScaled(0.5),
            SimulationDescription = "the Best 2009 dopamine terminal, steady state with blood tyrosine halved, vesicular dopamine ÷ its basal value",
            Tolerance = Tolerance.AbsoluteOf(0.05),
            Hints =
            [
                "Tyrosine hydroxylase (TH), the rate-limiting enzyme, works on cytosolic tyrosine. In the model that sits near 126 µM, well above TH's Km for tyrosine (46 µM).",
                "TH is also inhibited by excess tyrosine and by dopamine itself, and extracellular dopamine feeds back on it through autoreceptors. What does that do to a change in supply?",
            ],
            ReferenceSolution = "double? prediction = 1.0; // the store barely changes",
            SolutionExplanation = "The model's store stays within about 1% of normal: TH is close to saturation and inhibited by excess tyrosine, " +
                                  "and the feedback from cytosolic and extracellular dopamine absorbs what is left. Best et al. (2009) report the same: " +
                                  "tyrosine meals barely change dopamine synthesis or stores. Serotonin is different, because TPH is far from saturated with tryptophan.",
            Sources = [BestNijhoutReed2009],
            Evidence = EvidenceLevel.Model,
        },
    ];

    /// <summary>Vesicular dopamine at steady state with blood tyrosine scaled, as a fraction of the basal steady state.</summary>
    private static double VesicularDopamineAfterTyrosineScaled(double factor)
    {
        var model = DopamineTerminal.Default;
        var basal = model.SteadyState().Micromolar("vda");
        return model.WithBloodTyrosine(model.BloodTyrosine * factor).SteadyState().Micromolar("vda") / basal;
    }
}

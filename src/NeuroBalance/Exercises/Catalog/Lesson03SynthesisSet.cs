using NeuroBalance.Content;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/03-synthesis.dib</c>: enzyme saturation, the sensitivity of a Michaelis–Menten
/// step to its substrate, cofactors, and the model-based contrast between a tryptophan and a tyrosine meal.
/// </summary>
/// <remarks>
/// Science: v = V<sub>max</sub>[S]/(K<sub>m</sub> + [S]) with the TPH and TH constants of the terminal models
/// (<see cref="SynthesisEnzymes"/>; Best et al. 2010 code, Best et al. 2009; model); the steady-state synthesis
/// response of <see cref="SerotoninTerminal"/> and <see cref="DopamineTerminal"/> (<see cref="PrecursorResponse"/>);
/// cofactors from the content library (enzymes.yaml: Fitzpatrick 1999, Daubner et al. 2011). Expected answers are
/// computed by these models, not typed in.
/// </remarks>
internal sealed class Lesson03SynthesisSet : IExerciseSet
{
    private static readonly Citation Fitzpatrick1999 = References.Cite("fitzpatrick1999");
    private static readonly Citation Daubner2011 = References.Cite("daubner2011");

    /// <summary>Cytosolic tryptophan used in the saturation exercise: about the serotonin model's basal steady state (20 µM).</summary>
    private static readonly Concentration BrainTryptophan = Concentration.FromMicromolar(20);

    public string Notebook => "03-synthesis";

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "03-tph-saturation",
            Title = "How busy is TPH2 at brain tryptophan levels?",
            Prompt = $"In the serotonin terminal model, TPH2 has Km = {SynthesisEnzymes.Tph.Value.Km} for tryptophan, and cytosolic tryptophan sits near {BrainTryptophan}. " +
                     "Using the Michaelis–Menten substrate term only, what **fraction of its Vmax** does TPH2 reach? Answer with a number from 0 to 1.",
            Expected = SynthesisEnzymes.Saturation(SynthesisEnzymes.Tph.Value, BrainTryptophan),
            Tolerance = Tolerance.AbsoluteOf(0.02),
            Hints =
            [
                "v/Vmax = [S] / (Km + [S]).",
                "[S] = 20 µM and Km = 40 µM: 20 / (40 + 20).",
            ],
            ReferenceSolution = "double? answer = 20.0 / (40 + 20); // ≈ 0.33",
            SolutionExplanation = "20 / 60 ≈ 0.33: TPH2 runs at about a third of its capacity, on the steep part of its curve, so more tryptophan means faster synthesis.",
            Sources = [References.Cite("best2010")],
            Evidence = EvidenceLevel.Model,
        },
        new CodeExercise<Func<double, double, double>>
        {
            Id = "03-doubling-gain",
            Title = "Write the gain from doubling the substrate",
            Prompt = "Write a function of the substrate concentration [S] and Km (same unit) that returns how many times faster a Michaelis–Menten enzyme runs when [S] is **doubled**: v(2[S]) / v([S]). " +
                     "It is checked against the library's `MichaelisMenten` at TPH2-like and TH-like values, and at the extremes.",
            Reference = (substrate, km) => DoublingGain(substrate, km),
            Cases =
            [
                new CodeCase("TPH2 at 20 µM tryptophan (Km 40 µM)", 20.0, 40.0),
                new CodeCase("TH at 126 µM tyrosine (Km 46 µM)", 126.0, 46.0),
                new CodeCase("substrate equal to Km", 46.0, 46.0),
                new CodeCase("far below Km (first order)", 0.001, 40.0) { EdgeCase = true },
                new CodeCase("far above Km (saturated)", 1e6, 40.0) { EdgeCase = true },
            ],
            Hints =
            [
                "v([S]) = Vmax·[S]/(Km + [S]); Vmax cancels in the ratio.",
                "v(2S)/v(S) = (2S/(Km + 2S)) / (S/(Km + S)) = 2(Km + S)/(Km + 2S).",
            ],
            ReferenceSolution = "Func<double, double, double> gain = (s, km) => 2 * (km + s) / (km + 2 * s);",
            SolutionExplanation = "The gain 2(Km + S)/(Km + 2S) runs from 2 (far below Km: rate proportional to substrate) down to 1 (saturated). " +
                                  "TPH2 at 20 µM gains 1.5×, TH at 126 µM only about 1.15× from the substrate term, before its inhibition and feedback terms take even that away.",
            Sources = [References.Cite("best2010"), References.Cite("best2009")],
            Evidence = EvidenceLevel.Model,
        },
        new MultipleChoiceExercise
        {
            Id = "03-shared-cofactor",
            Title = "Which cofactor do AADC and GAD share?",
            Prompt = "AADC makes serotonin from 5-HTP and dopamine from L-DOPA; GAD makes GABA from glutamate. Which cofactor do both decarboxylases need?",
            Choices =
            [
                new Choice("Pyridoxal 5′-phosphate (vitamin B6)", true,
                    "Right. Both are PLP-dependent decarboxylases: the aldehyde of PLP binds the amino acid so that its carboxyl group can leave as CO₂ (content library, enzymes.yaml)."),
                new Choice("Tetrahydrobiopterin (BH4)", false,
                    "BH4 serves the hydroxylases, TPH2 and TH, which add a hydroxyl group with O₂ and iron; it is not needed to remove a carboxyl group (Fitzpatrick 1999)."),
                new Choice("Iron (Fe²⁺)", false,
                    "Iron sits in the active site of the hydroxylases (TPH2, TH), together with BH4 and O₂ (Fitzpatrick 1999; Daubner et al. 2011), not of the decarboxylases."),
                new Choice("Molecular oxygen (O₂)", false,
                    "O₂ supplies the oxygen atom that the hydroxylases add; decarboxylation removes CO₂ and needs no O₂."),
            ],
            Hints =
            [
                "Hydroxylases add an OH group; decarboxylases remove CO₂. The two kinds use different cofactors.",
                "Look at `Neurochemistry.Synthesis(\"GABA\")`: the tag on the GAD arrow names it.",
            ],
            ReferenceSolution = "var choice = \"A\";",
            Sources = [Fitzpatrick1999, Daubner2011],
            Evidence = EvidenceLevel.InVitro,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "03-tryptophan-meal",
            Title = "Predict, then simulate: double the blood tryptophan",
            Prompt = "In the serotonin terminal model (structure of Best, Nijhout & Reed 2010), blood tryptophan is **doubled**. " +
                     "Predict the steady-state **5-HT synthesis rate** as a multiple of normal (1 = unchanged, 2 = doubled).",
            Simulation = () => PrecursorResponse.SerotoninSynthesis(2),
            SimulationDescription = "serotonin terminal, steady state with blood tryptophan × 2, VTPH ÷ basal VTPH (PrecursorResponse.SerotoninSynthesis(2))",
            Tolerance = Tolerance.AbsoluteOf(0.1),
            Hints =
            [
                "TPH2 runs at about a third of Vmax: doubling its substrate alone would give 1.5×. But does cytosolic tryptophan double when blood tryptophan doubles?",
                "Tryptophan enters through a saturable transporter (Km 330 µM) and the autoreceptors brake TPH when 5-HT rises. Both take something off the 1.5×.",
            ],
            ReferenceSolution = "double? prediction = 1.3; // synthesis rises by about 30%",
            SolutionExplanation = "The model gives about 1.3×: substantially more synthesis, but less than double, because transport and TPH2 both saturate partly and the autoreceptors damp the rise. " +
                                  "Best et al. (2010) report the same: serotonin synthesis is sensitive to tryptophan.",
            Sources = [References.Cite("best2010")],
            Evidence = EvidenceLevel.Model,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "03-tyrosine-meal",
            Title = "Predict, then simulate: double the blood tyrosine",
            Prompt = "Now the dopamine terminal model (Best, Nijhout & Reed 2009): blood tyrosine is **doubled**. " +
                     "Predict the steady-state **DA synthesis rate** (the TH rate) as a multiple of normal.",
            Simulation = () => PrecursorResponse.DopamineSynthesis(2),
            SimulationDescription = "dopamine terminal, steady state with blood tyrosine × 2, VTH ÷ basal VTH (PrecursorResponse.DopamineSynthesis(2))",
            Tolerance = Tolerance.AbsoluteOf(0.05),
            Hints =
            [
                "Cytosolic tyrosine sits near 126 µM, well above TH's Km of 46 µM: how much room is left on the curve?",
                "TH is also inhibited by excess tyrosine (Ki 160 µM) and by cytosolic dopamine, and extracellular dopamine brakes it through autoreceptors.",
            ],
            ReferenceSolution = "double? prediction = 1.0; // DA synthesis barely changes",
            SolutionExplanation = "The model stays within a few percent of normal (it even dips slightly, to about 0.98): TH is near saturation, substrate inhibition grows with tyrosine, and end-product and autoreceptor feedback absorb the rest (Best et al. 2009).",
            Sources = [References.Cite("best2009")],
            Evidence = EvidenceLevel.Model,
        },
    ];

    /// <summary>v(2S)/v(S) of a Michaelis–Menten step, computed with <see cref="MichaelisMenten"/>.</summary>
    private static double DoublingGain(double substrate, double km)
    {
        var step = MichaelisMenten.Create("step", ConcentrationRate.FromMicromolarPerHour(1), Concentration.FromMicromolar(km));
        var s = Concentration.FromMicromolar(substrate);
        return step.RateAt(s * 2) / step.RateAt(s);
    }
}

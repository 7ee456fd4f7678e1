using NeuroBalance.Content;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/02-the-messengers.dib</c>: receptor kinds, the affinity of 5-HT2A for
/// serotonin, GABA-A activation at ambient GABA, and where GABA comes from.
/// </summary>
/// <remarks>
/// Every number and every correct choice is read from the knowledge base (<see cref="ContentValues"/>,
/// <see cref="Neurochemistry"/>): 5-HT2A pKd 8.9 for serotonin (Alexander et al. 2019,
/// doi:10.1111/bph.14748; in vitro); GABA-A α1β2γ2L EC50 11.6 µM, Hill slope 2.2 (Jahn et al. 1997,
/// doi:10.1097/00001756-199711100-00006; in vitro); ambient GABA 0.2–2.5 µM (Glykys &amp; Mody 2007,
/// doi:10.1113/jphysiol.2007.134460; rodent); receptor kinds (Olsen &amp; Sieghart 2008, doi:10.1124/pr.108.00505;
/// Bettler et al. 2004, doi:10.1152/physrev.00036.2003); GABA from glutamate (Roberts &amp; Frankel 1950,
/// doi:10.1016/S0021-9258(19)50929-2).
/// </remarks>
internal sealed class Lesson02MessengersSet : IExerciseSet
{
    private static readonly Citation Alexander2019 = References.Cite("alexander2019");
    private static readonly Citation Jahn1997 = References.Cite("jahn1997");
    private static readonly Citation Glykys2007 = References.Cite("glykys2007");
    private static readonly Citation Olsen2008 = References.Cite("olsen2008");
    private static readonly Citation Beaulieu2011 = References.Cite("beaulieu2011");
    private static readonly Citation Hoyer2002 = References.Cite("hoyer2002");
    private static readonly Citation Roberts1950 = References.Cite("roberts1950");

    public string Notebook => "02-the-messengers";

    public IReadOnlyList<Exercise> Exercises { get; } = Build();

    private static bool IsIonChannel(string receptor) => Neurochemistry.Receptor(receptor).Kind == ReceptorKind.Ionotropic;

    private static Exercise[] Build()
    {
        var ht2a = ContentValues.ReceptorConstant("5-HT2A", "serotonin");
        var gabaA = ContentValues.ReceptorConstant("GABA-A", "GABA");
        var hill = ContentValues.HillSlope("GABA-A", "GABA");
        var ambient = ContentValues.Level("GABA");
        var gadStep = Neurochemistry.Synthesis("GABA").RateLimitingStep!;
        bool MadeFrom(string precursor) => gadStep.Substrate.Contains(precursor, StringComparison.OrdinalIgnoreCase);
        return
        [
            new MultipleChoiceExercise
            {
                Id = "02-ion-channel",
                Title = "Which receptor is an ion channel?",
                Prompt = "Receptors are either ion channels that open when the transmitter binds (ionotropic) or G-protein-coupled receptors that start a slower chemical cascade (metabotropic). Which of these is an **ion channel**?",
                Choices =
                [
                    new Choice("5-HT1A", IsIonChannel("5-HT1A"), "5-HT1A is G-protein-coupled (Gi/o): like every serotonin receptor except 5-HT3, it is metabotropic (Hoyer et al. 2002)."),
                    new Choice("D2", IsIonChannel("D2"), "D2 is G-protein-coupled (Gi/o); all five dopamine receptors are metabotropic, grouped into D1-like and D2-like (Beaulieu & Gainetdinov 2011)."),
                    new Choice("GABA-A", IsIonChannel("GABA-A"), "GABA-A is a chloride channel: GABA opens it within milliseconds, which is why it carries fast inhibition (Olsen & Sieghart 2008)."),
                    new Choice("GABA-B", IsIonChannel("GABA-B"), "GABA-B is the metabotropic GABA receptor (Gi/o), slower and longer-lasting than GABA-A."),
                ],
                Hints =
                [
                    "Only one of the four is a pentamer of subunits around a pore.",
                    "Run `Neurochemistry.Receptors(\"GABA\")` and read the kind column.",
                ],
                ReferenceSolution = "var answer = \"C\";",
                Sources = [Olsen2008, Hoyer2002, Beaulieu2011],
                Evidence = EvidenceLevel.InVitro,
            },
            new NumericExercise<Concentration>(QuantityKinds.Concentration)
            {
                Id = "02-pkd-to-kd",
                Title = "From pKd to Kd: serotonin at 5-HT2A",
                Prompt = "The IUPHAR/BPS Guide to PHARMACOLOGY gives serotonin a **pKd of 8.9** at the 5-HT2A receptor (agonist radioligand, so the high-affinity, G-protein-coupled state; Alexander et al. 2019). " +
                         "pKd = −log₁₀(Kd in mol/L). What is the Kd? Answer with a `Concentration`, in any unit.",
                Expected = ht2a.Low,
                Tolerance = Tolerance.RelativeOf(0.02),
                Hints =
                [
                    "Kd = 10^(−pKd) mol/L.",
                    "10^(−8.9) M = 10^(9 − 8.9) nM, because 1 M = 10⁹ nM.",
                    "`Concentration.FromNanomolar(Math.Pow(10, 9 - 8.9))`.",
                ],
                ReferenceSolution = "var answer = Concentration.FromNanomolar(Math.Pow(10, 9 - 8.9)); // ≈ 1.26 nM",
                SolutionExplanation = $"Kd = 10^(−8.9) M ≈ {ht2a.Low}. Each pKd unit is a factor of 10: pKd 9 is 1 nM, pKd 6 is 1 µM.",
                Sources = [Alexander2019],
                Evidence = EvidenceLevel.InVitro,
            },
            new PredictionExercise<double>(QuantityKinds.Number)
            {
                Id = "02-predict-ambient-gaba",
                Title = "Predict, then run: synaptic GABA-A receptors at ambient GABA",
                Prompt = $"Synaptic α1β2γ2L GABA-A receptors have EC50 = {gabaA.Low} and Hill slope {hill.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} (Jahn et al. 1997, recombinant). " +
                         $"Ambient GABA outside synapses is {ambient.Low}–{ambient.High} (the range reviewed by Glykys & Mody 2007). At the **top** of that range, {ambient.High}, " +
                         "what fraction of these receptors is activated? Predict a number from 0 to 1, then run the model.",
                Simulation = () => Occupancy.Hill(ambient.High, gabaA.Low, hill),
                SimulationDescription = $"Hill equation at {ambient.High} GABA, EC50 {gabaA.Low}, n = {hill.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}",
                Tolerance = Tolerance.AbsoluteOf(0.05),
                Hints =
                [
                    "2.5 µM is well below the EC50 of 11.6 µM, and the curve is steep (n > 1).",
                    "θ = 1/(1 + (EC50/[GABA])ⁿ) = 1/(1 + (11.6/2.5)^2.2).",
                ],
                ReferenceSolution = "double? prediction = 1 / (1 + Math.Pow(11.6 / 2.5, 2.2)); // ≈ 0.03",
                SolutionExplanation = "About 3%: synaptic GABA-A receptors barely notice ambient GABA and wait for the millimolar burst of a release. " +
                                      "Tonic inhibition comes instead from extrasynaptic receptors (δ- or α5-containing) with a much higher affinity (Glykys & Mody 2007).",
                Sources = [Jahn1997, Glykys2007],
                Evidence = EvidenceLevel.InVitro,
            },
            new MultipleChoiceExercise
            {
                Id = "02-gaba-precursor",
                Title = "Where does GABA come from?",
                Prompt = "The brain's main inhibitory transmitter is made in one enzymatic step from another transmitter. Which one is its direct precursor?",
                Choices =
                [
                    new Choice("Glutamate, by glutamate decarboxylase (GAD), with vitamin B6", MadeFrom("glutamate"),
                        "Right: GAD removes a carboxyl group from glutamate (Roberts & Frankel 1950). The main excitatory transmitter is the raw material of the main inhibitory one."),
                    new Choice("Tryptophan, by tryptophan hydroxylase", MadeFrom("tryptophan"), "Tryptophan is the precursor of serotonin, not GABA."),
                    new Choice("Tyrosine, by tyrosine hydroxylase", MadeFrom("tyrosine"), "Tyrosine is the precursor of dopamine and norepinephrine."),
                    new Choice("Dopamine, by dopamine β-hydroxylase", MadeFrom("dopamine"), "Dopamine β-hydroxylase turns dopamine into norepinephrine."),
                ],
                Hints =
                [
                    "GABA is γ-aminobutyric acid, an amino acid, like its precursor.",
                    "Run `Neurochemistry.Synthesis(\"GABA\")` and read the rate-limiting step.",
                ],
                ReferenceSolution = "var answer = \"A\";",
                Sources = [Roberts1950],
                Evidence = EvidenceLevel.InVitro,
            },
        ];
    }
}

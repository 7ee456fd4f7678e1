using NeuroBalance.Models.Hormones;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Exercises.Catalog;

/// <summary>
/// The exercises of <c>notebooks/07-hormonal-modulation.dib</c>: allopregnanolone at GABA-A receptors,
/// the region-dependent SERT response to estradiol, the postpartum state in the serotonin terminal, and
/// the hypothyroid 5-HT1A autoreceptor.
/// </summary>
/// <remarks>
/// Expected answers are computed by <see cref="GabaTerminal.GabaAActivation"/>,
/// <see cref="HormoneModulation"/> and <see cref="HormoneScenarioResponse"/>, never typed in. Sources:
/// Carver &amp; Reddy 2013 (doi:10.1007/s00213-013-3276-5), McQueen et al. 1997
/// (doi:10.1016/S0169-328X(96)00233-1), Pecins-Thompson et al. 1996 (doi:10.1523/JNEUROSCI.16-21-07021.1996),
/// Bauer et al. 2002 (doi:10.1038/sj.mp.4000963), Best et al. 2010 (doi:10.1186/1742-4682-7-34).
/// </remarks>
internal sealed class Lesson07HormonesSet : IExerciseSet
{
    private static readonly Concentration AmbientGaba = Concentration.FromMicromolar(1);
    private static readonly Concentration Allopregnanolone = Concentration.FromNanomolar(100);
    private static readonly HormoneEffect EstradiolOnSert = HormoneModulation.EffectsOn(ModulationTarget.SertDensity).Single(e => e.Hormone == Hormone.Estradiol);
    private static readonly bool SertDependsOnRegion = EstradiolOnSert.Direction == "depends on species/region";

    public string Notebook => "07-hormonal-modulation";

    /// <summary>The GABA concentration at which <see cref="GabaTerminal.GabaAActivation"/> is 0.5, found by bisection on a log scale (the model's EC50 with the modulator).</summary>
    private static Concentration HalfActivatingGaba(Concentration allopregnanolone)
    {
        double lo = Math.Log(1e-3), hi = Math.Log(1e4);
        for (var i = 0; i < 100; i++)
        {
            var mid = (lo + hi) / 2;
            if (GabaTerminal.GabaAActivation(Concentration.FromMicromolar(Math.Exp(mid)), allopregnanolone: allopregnanolone) < 0.5)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return Concentration.FromMicromolar(Math.Exp((lo + hi) / 2));
    }

    public IReadOnlyList<Exercise> Exercises { get; } =
    [
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "07-allo-activation-ratio",
            Title = "How much does allopregnanolone amplify GABA-A activation (α1β2γ2L illustration)?",
            Prompt = $"At an ambient GABA of {AmbientGaba} (inside the measured 0.2–2.5 µM), by what **factor** does {Allopregnanolone} allopregnanolone multiply the fraction of GABA-A receptors activated? " +
                     "Use `GabaTerminal.GabaAActivation(gaba, allopregnanolone: ...)` with and without the neurosteroid, and divide.",
            Expected = GabaTerminal.GabaAActivation(AmbientGaba, allopregnanolone: Allopregnanolone) / GabaTerminal.GabaAActivation(AmbientGaba),
            Tolerance = Tolerance.RelativeOf(0.03),
            Hints =
            [
                "Call `GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1))` for the receptor without allopregnanolone.",
                $"Then pass `allopregnanolone: Concentration.FromNanomolar(100)`. The model halves the EC50 at {GabaTerminal.AllopregnanoloneHalfEffect} (shift 1 + (3 − 1)·0.5 = 2).",
                "Far below the EC50 the Hill curve goes as (GABA/EC50)^n, so halving the EC50 multiplies activation by about 2^2.2 ≈ 4.6.",
            ],
            ReferenceSolution = "var ratio = GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1), allopregnanolone: Concentration.FromNanomolar(100)) / GabaTerminal.GabaAActivation(Concentration.FromMicromolar(1)); // ≈ 4.5",
            SolutionExplanation = "A twofold left shift of the EC50 multiplies activation about 4.5-fold at low GABA, because the Hill slope (2.2) amplifies it. These are the synaptic α1β2γ2L parameters, " +
                                  "so the 4.5-fold is a property of this illustration. Tonic current is carried mainly by extrasynaptic δ-containing receptors, which have a GABA EC50 below 1 µM and a shallower slope, " +
                                  "and neurosteroids mainly raise their efficacy (Brown et al. 2002; Mortensen, Patel & Smart 2012; Carver & Reddy 2013): tonic inhibition is very sensitive to neurosteroids, but not through this steep-curve amplification. The size of the shift is an illustrative estimate.",
            Sources = [NeuroBalance.Content.References.Cite("carver2013"), NeuroBalance.Content.References.Cite("brown2002"), NeuroBalance.Content.References.Cite("mortensen2012")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new NumericExercise<Concentration>(QuantityKinds.Concentration)
        {
            Id = "07-allo-ec50",
            Title = "The new EC50 with allopregnanolone",
            Prompt = $"Without allopregnanolone, half of the GABA-A receptors are activated at {GabaTerminal.GabaAEc50} GABA (the EC50). In the model, allopregnanolone divides the EC50 by " +
                     $"1 + ({GabaTerminal.AllopregnanoloneMaxShift} − 1)·a/(a + {GabaTerminal.AllopregnanoloneHalfEffect}). With **{Allopregnanolone}** allopregnanolone, what GABA concentration activates half of the receptors? Answer with a `Concentration`.",
            Expected = HalfActivatingGaba(Allopregnanolone),
            Tolerance = Tolerance.RelativeOf(0.03),
            Hints =
            [
                $"At a = {Allopregnanolone} the fraction a/(a + 100 nM) is one half.",
                "The divisor is 1 + 2·0.5 = 2, so the EC50 is halved.",
            ],
            ReferenceSolution = "var answer = Concentration.FromMicromolar(11.6 / 2); // 5.8 µM",
            SolutionExplanation = "EC50′ = 11.6 µM / 2 = 5.8 µM: the same receptor now needs half as much GABA. That is what \"positive allosteric modulator\" means: it changes the response to GABA, not the amount of GABA.",
            Sources = [NeuroBalance.Content.References.Cite("carver2013")],
            Evidence = EvidenceLevel.Illustrative,
        },
        new MultipleChoiceExercise
        {
            Id = "07-sert-direction",
            Title = "What does estradiol do to the serotonin transporter?",
            Prompt = "Across the studies in the hormone layer (rat binding by region, macaque mRNA), what does estradiol do to SERT?",
            Choices =
            [
                new Choice("It raises SERT everywhere.", EstradiolOnSert.Direction == "up",
                    "Not everywhere: in rat, binding rose in the lateral septum (+90%) and the ventromedial hypothalamus (+250%) but fell in the periaqueductal grey (−15%) (McQueen et al. 1997)."),
                new Choice("It lowers SERT everywhere.", EstradiolOnSert.Direction == "down",
                    "Macaque SERT mRNA fell by about a third with estradiol, but rat SERT binding rose in several regions: one species' result is not the rule."),
                new Choice("The direction depends on region (and species): up in some places, down in others.", SertDependsOnRegion,
                    $"Right. The layer stores the effect as a range ×{EstradiolOnSert.Low:G2}–{EstradiolOnSert.High:G2} that spans 1, direction \"{EstradiolOnSert.Direction}\": rat binding rose in some regions and fell in one, and macaque mRNA fell."),
                new Choice("Estradiol has no effect on SERT.", EstradiolOnSert.Direction == "no clear change",
                    "Several studies found clear changes; they just do not agree on the direction."),
            ],
            Hints =
            [
                "Look at `HormoneModulation.EffectsOn(ModulationTarget.SertDensity)`: what is the effect's Direction, and does its range span 1?",
                "Compare the lateral septum, the ventromedial hypothalamus and the periaqueductal grey in rat.",
            ],
            ReferenceSolution = "var choice = \"C\";",
            Sources = [NeuroBalance.Content.References.Cite("mcqueen1997"), NeuroBalance.Content.References.Cite("pecinsthompson1996")],
            Evidence = EvidenceLevel.Rodent,
        },
        new PredictionExercise<double>(QuantityKinds.Number)
        {
            Id = "07-postpartum-serotonin",
            Title = "Predict, then run: the postpartum serotonin terminal",
            Prompt = "After delivery, estradiol, progesterone and allopregnanolone fall within days (the `HormoneScenario.Postpartum` state). The hormone layer lowers TPH2 and changes SERT and MAO-A. " +
                     "Predict extracellular 5-HT at the new steady state of the serotonin terminal, **relative to the reference state** (1 = unchanged), with the central estimates.",
            Simulation = () => HormoneScenarioResponse.SerotoninRelative(HormoneScenario.Postpartum.State),
            SimulationDescription = "the serotonin terminal (structure of Best et al. 2010) with TPH2, SERT and MAO-A scaled for the postpartum state (central estimates), extracellular 5-HT ÷ reference",
            Tolerance = Tolerance.AbsoluteOf(0.1),
            Hints =
            [
                "Low estradiol means less TPH2 (the macaque data: ×9 with estradiol), so less synthesis: in the model the TPH rate is proportional to the amount of enzyme.",
                "Less estradiol also means more MAO-A, which breaks 5-HT down; autoreceptor feedback damps part of the fall.",
            ],
            ReferenceSolution = "double? prediction = 0.56; // about 45% below the reference",
            SolutionExplanation = "With central estimates the model settles about 45% below the reference. With the Low or High ends of the ranges it runs from about 0.85 to about a third: " +
                                  "every end points down, but the size depends on which studies you believe, mostly because SERT's response differs by region and species. " +
                                  "Progesterone's fall adds nothing here: in macaques estradiol + progesterone did not differ significantly from estradiol alone, so the model gives progesterone no effect on TPH2.",
            Sources = [NeuroBalance.Content.References.Cite("pecinsthompson1996"), NeuroBalance.Content.References.Cite("gundlah2002"), NeuroBalance.Content.References.Cite("best2010")],
            Evidence = EvidenceLevel.Model,
        },
        new NumericExercise<double>(QuantityKinds.Number)
        {
            Id = "07-hypothyroid-autoreceptor",
            Title = "The 5-HT1A autoreceptor in a hypothyroid state",
            Prompt = "Thyroid hormone desensitises raphe 5-HT1A autoreceptors (Bauer et al. 2002, rodent studies). In the `HormoneScenario.Hypothyroid` state (T3 at 0.3 × reference), " +
                     "what multiplier does the hormone layer put on 5-HT1A density (central estimate)? Use `HormoneModulation.Multiplier`.",
            Expected = HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State),
            Tolerance = Tolerance.RelativeOf(0.02),
            Hints =
            [
                "`HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State)` gives it directly.",
                "By hand: F = √(0.7 × 1.0) ≈ 0.837; s(0.3) = 1.5·0.3/(0.3 + 0.5) = 0.5625; multiplier = F^(s − 1).",
            ],
            ReferenceSolution = "var multiplier = HormoneModulation.Multiplier(ModulationTarget.Htr1aDensity, HormoneScenario.Hypothyroid.State); // ≈ 1.08",
            SolutionExplanation = "About 1.08: 8% more 5-HT1A autoreceptor, so a slightly stronger brake on raphe firing. The size is illustrative; the direction (T3 desensitises these " +
                                  "autoreceptors) is from rodent studies reviewed by Bauer et al. 2002, and it is one proposed reason why T3 may help as an add-on.",
            Sources = [NeuroBalance.Content.References.Cite("bauer2002")],
            Evidence = EvidenceLevel.Illustrative,
        },
    ];
}

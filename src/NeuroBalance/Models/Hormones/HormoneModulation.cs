using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Hormones;

/// <summary>
/// The hormonal modulation layer: a table of documented hormone → target effects, and a small API that
/// turns a <see cref="HormoneState"/> into parameter multipliers and applies them to the terminal models.
/// </summary>
/// <remarks>
/// <para>The multiplier on a target is the product over every effect on it of
/// <see cref="HormoneEffect.MultiplierAt"/>. The reference state (all levels 1) gives 1 everywhere.</para>
/// <para>5-HT2A and 5-HT1A densities are not part of the terminal models; they act on receptor models in the
/// operational model through <see cref="ApplyTo(OperationalModel, ModulationTarget, HormoneState, EffectEstimate)"/>
/// (τ scales with density), and <see cref="Multiplier"/> gives the raw factor.</para>
/// <para>Directions and ranges follow the cited studies (see each effect's source and note). Where a source gives a direction but no
/// magnitude, the range is marked Illustrative and says so in its note.</para>
/// </remarks>
public static class HormoneModulation
{
    /// <summary>Gets every documented effect.</summary>
    public static IReadOnlyList<HormoneEffect> Effects { get; } =
    [
        new(Hormone.Estradiol, ModulationTarget.Tph2Expression, 1.0, 9.0, References.Cite("pecinsthompson1996"), "rhesus macaque dorsal raphe (mRNA); rat raphe subregions", EvidenceLevel.Primate,
            "TPH mRNA ×9 after 28 days of estradiol vs spayed controls (macaque); in rat TPH2 mRNA rises only in caudal DRN/MRN subregions (Hiroi et al. 2006, doi:10.1016/j.biopsych.2005.10.019), so the lower end is 1"),
        new(Hormone.Progesterone, ModulationTarget.Tph2Expression, 1.0, 1.0, References.Cite("pecinsthompson1996"), "rhesus macaque dorsal raphe (mRNA); rat", EvidenceLevel.Primate,
            "no significant effect, so modelled as ×1: in macaques estradiol + progesterone gave ×5 and estradiol alone ×9 vs spayed controls, but E + P did not differ significantly from E alone; in rat E + P gave no change (Hiroi et al. 2006)"),
        new(Hormone.Estradiol, ModulationTarget.SertDensity, 0.68, 3.5, References.Cite("mcqueen1997"), "rat (binding by region) and macaque (mRNA)", EvidenceLevel.Rodent,
            "direction depends on species and region: rat SERT binding +90% lateral septum, +250% VMH, −15% PAG, SERT-mRNA cells +50% in DRN; macaque SERT mRNA −32% (Pecins-Thompson & Bethea 1998; identifier not verified)"),
        new(Hormone.Estradiol, ModulationTarget.Htr2aDensity, 1.0, 1.5, References.Cite("cyr2000"), "rat frontal and cingulate cortex, striatum, nucleus accumbens", EvidenceLevel.Illustrative,
            "ovariectomy lowered 5-HT2A binding and mRNA there and two weeks of estradiol restored them (Cyr et al. 2000); after an estradiol pulse serotonin receptor binding first falls, then rises 48–72 h later (Biegon & McEwen 1982, doi:10.1523/JNEUROSCI.02-02-00199.1982); Sumner & Fink (single pulse, frontal and cingulate cortex, nucleus accumbens): identifier not verified; magnitude illustrative"),
        new(Hormone.Estradiol, ModulationTarget.Htr1aDensity, 0.6, 1.0, References.Cite("pecinsthompsonbethea1999"), "mainly rhesus macaque dorsal raphe (mRNA); rat data mixed", EvidenceLevel.Primate,
            "estradiol lowered 5-HT1A autoreceptor mRNA in macaque dorsal raphe (Pecins-Thompson & Bethea 1999); rat studies disagree on direction and region (review: Hernández-Hernández et al. 2019); magnitude illustrative"),
        new(Hormone.Estradiol, ModulationTarget.MaoA, 0.6, 1.0, References.Cite("gundlah2002"), "mainly rhesus macaque dorsal raphe (mRNA); rat data mixed", EvidenceLevel.Primate,
            "estradiol lowered MAO-A mRNA in macaque dorsal raphe and hypothalamus; MAO-B mRNA in the raphe did not change (Gundlah et al. 2002); rat data are mixed (review: Hernández-Hernández et al. 2019); magnitude illustrative"),
        new(Hormone.Allopregnanolone, ModulationTarget.GabaASensitivity, 1.5, 3.0, References.Cite("carver2013"), "recombinant receptors and rodent neurons", EvidenceLevel.Illustrative,
            "positive allosteric modulator: potentiates at low and activates directly at high concentrations; δ-containing extrasynaptic receptors are the most sensitive; magnitude illustrative"),
        new(Hormone.Testosterone, ModulationTarget.ThExpression, 0.8, 1.5, References.Cite("purvestyson2012"), "adolescent male rat substantia nigra; adult male rats and mice", EvidenceLevel.Rodent,
            "testosterone/DHT raised TH protein in adolescent male rat substantia nigra (Purves-Tyson et al. 2012), but in adult rats and mice castration raised the number of TH-positive neurons and testosterone or DHT lowered it (Johnson et al. 2010, J Neuroendocrinol): different ages and measures, and the direction is disputed, so the range spans 1"),
        new(Hormone.Testosterone, ModulationTarget.MaoA, 1.0, 1.5, References.Cite("purvestyson2012"), "adolescent male rat substantia nigra (mRNA)", EvidenceLevel.Rodent,
            "MAO-A (and COMT, MAO-B) mRNA up; magnitude illustrative"),
        new(Hormone.T3, ModulationTarget.Htr1aDensity, 0.7, 1.0, References.Cite("bauer2002"), "review of rodent studies", EvidenceLevel.Illustrative,
            "review: thyroid hormone desensitises raphe 5-HT1A autoreceptors; magnitude illustrative. Clinical T3 augmentation: STAR*D remission 24.7% vs 15.9% with lithium, not significant (Nierenberg et al. 2006)"),
        new(Hormone.T3, ModulationTarget.Htr2aDensity, 1.0, 1.3, References.Cite("bauer2002"), "review of rodent studies", EvidenceLevel.Illustrative,
            "review: thyroid hormone raises cortical 5-HT2 receptor sensitivity; magnitude illustrative"),
    ];

    /// <summary>The effects on one target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The effects, in table order.</returns>
    public static IReadOnlyList<HormoneEffect> EffectsOn(ModulationTarget target) => Effects.Where(e => e.Target == target).ToArray();

    /// <summary>The combined multiplier on a target in a hormone state (1 in the reference state).</summary>
    /// <param name="target">The target.</param>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each documented range. Default Central.</param>
    /// <returns>The multiplier (product over the effects on the target).</returns>
    public static double Multiplier(ModulationTarget target, HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(state), state);
        var m = 1.0;
        foreach (var effect in Effects)
        {
            if (effect.Target == target)
            {
                m *= effect.MultiplierAt(state.Level(effect.Hormone), estimate);
            }
        }

        return m;
    }

    /// <summary>
    /// A serotonin receptor in the operational model (Black &amp; Leff 1983) with its density scaled for a
    /// hormone state: τ' = m·τ, where m is <see cref="Multiplier"/> for <paramref name="density"/>. In the
    /// operational model τ = [R<sub>0</sub>]/K<sub>E</sub> is proportional to receptor density, so a change
    /// in expression changes efficacy and receptor reserve, not affinity.
    /// </summary>
    /// <param name="receptor">The receptor and agonist, for example a 5-HT2A response in cortex.</param>
    /// <param name="density">Which density: <see cref="ModulationTarget.Htr2aDensity"/> or <see cref="ModulationTarget.Htr1aDensity"/>.</param>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each documented range. Default Central.</param>
    /// <returns>The receptor with the scaled density.</returns>
    /// <exception cref="InvalidParameterException"><paramref name="density"/> is not a receptor-density target.</exception>
    /// <remarks>Simplification: the density change is applied to the whole receptor population at once;
    /// regional and time-course differences (for example the biphasic 5-HT2A response to an estradiol
    /// pulse) are in the effect notes, not in the model.</remarks>
    public static OperationalModel ApplyTo(OperationalModel receptor, ModulationTarget density, HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(receptor), receptor);
        if (density is not (ModulationTarget.Htr2aDensity or ModulationTarget.Htr1aDensity))
        {
            throw new InvalidParameterException(
                $"density must be a receptor-density target ({nameof(ModulationTarget.Htr2aDensity)} or {nameof(ModulationTarget.Htr1aDensity)}), but was {density}.",
                nameof(density));
        }

        return receptor.WithReceptorFraction(Clamp(Multiplier(density, state, estimate)));
    }

    /// <summary>The serotonin terminal with TPH2, SERT and MAO-A scaled for a hormone state.</summary>
    /// <param name="model">The model.</param>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each range. Default Central.</param>
    /// <returns>The modulated model.</returns>
    public static SerotoninTerminal ApplyTo(SerotoninTerminal model, HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(model), model);
        return model
            .WithTphScale(Clamp(model.TphScale * Multiplier(ModulationTarget.Tph2Expression, state, estimate)))
            .WithSertScale(Clamp(model.SertScale * Multiplier(ModulationTarget.SertDensity, state, estimate)))
            .WithMaoScale(Clamp(model.MaoScale * Multiplier(ModulationTarget.MaoA, state, estimate)));
    }

    /// <summary>The dopamine terminal with TH and MAO-A (kcat_cda) scaled for a hormone state.</summary>
    /// <param name="model">The model.</param>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each range. Default Central.</param>
    /// <returns>The modulated model.</returns>
    public static DopamineTerminal ApplyTo(DopamineTerminal model, HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(model), model);
        return model
            .WithThScale(Clamp(model.ThScale * Multiplier(ModulationTarget.ThExpression, state, estimate)))
            .WithMaoScale(Clamp(model.MaoScale * Multiplier(ModulationTarget.MaoA, state, estimate)));
    }

    /// <summary>The GABA model with GABA-A sensitivity scaled for a hormone state.</summary>
    /// <param name="model">The model.</param>
    /// <param name="state">The hormone state.</param>
    /// <param name="estimate">Which end of each range. Default Central.</param>
    /// <returns>The modulated model.</returns>
    public static GabaTerminal ApplyTo(GabaTerminal model, HormoneState state, EffectEstimate estimate = EffectEstimate.Central)
    {
        Preconditions.CheckNotNull(nameof(model), model);
        return model.WithGabaASensitivity(Math.Clamp(model.GabaASensitivity * Multiplier(ModulationTarget.GabaASensitivity, state, estimate), 0.01, 100));
    }

    private static double Clamp(double factor) => Math.Clamp(factor, 0, 100);
}

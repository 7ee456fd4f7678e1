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
    /// <summary>
    /// Gets every documented effect: the <c>model-effects</c> of each hormone in <c>hormones.yaml</c>, in file
    /// order (hormone by hormone). The numbers, sources and notes live only there; the primary source of an
    /// effect is the first of its <c>refs</c>.
    /// </summary>
    public static IReadOnlyList<HormoneEffect> Effects { get; } = FromKnowledgeBase(KnowledgeBase.Default);

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
                FormattableString.Invariant($"density must be a receptor-density target ({nameof(ModulationTarget.Htr2aDensity)} or {nameof(ModulationTarget.Htr1aDensity)}), but was {density}."),
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

    /// <summary>The model effects of a knowledge base, hormone by hormone in file order.</summary>
    /// <param name="knowledgeBase">A loaded knowledge base.</param>
    /// <returns>The effects.</returns>
    /// <exception cref="InvalidParameterException">A model effect names a hormone or target the models do not have.</exception>
    public static IReadOnlyList<HormoneEffect> FromKnowledgeBase(KnowledgeBase knowledgeBase)
    {
        Preconditions.CheckNotNull(nameof(knowledgeBase), knowledgeBase);
        return knowledgeBase.Hormones.SelectMany(h => h.ModelEffects).Select(e =>
        {
            if (!HormoneVocabulary.TryParseHormone(e.HormoneId, out var hormone))
            {
                throw new InvalidParameterException(
                    FormattableString.Invariant($"{e.Location}: hormone '{e.HormoneId}' has model-effects but the models have no Hormone.{e.HormoneId}; model hormones are {string.Join(", ", Enum.GetValues<Hormone>().Select(HormoneVocabulary.ContentId))}."),
                    nameof(knowledgeBase));
            }

            if (!HormoneVocabulary.TryParseTarget(e.Target, out var target))
            {
                throw new InvalidParameterException(FormattableString.Invariant($"{e.Location}: unknown model target '{e.Target}'."), nameof(knowledgeBase));
            }

            return new HormoneEffect(hormone, target, e.Low, e.High, e.Sources.References[0].Citation, e.Species, e.Sources.Evidence, e.Note);
        }).ToArray();
    }

    private static double Clamp(double factor) => Math.Clamp(factor, 0, 100);
}

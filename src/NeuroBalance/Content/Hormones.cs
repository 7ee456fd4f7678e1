namespace NeuroBalance.Content;

/// <summary>
/// Looks up hormones and their documented effects on transmitter systems: direction, magnitude,
/// species and evidence level. Unknown names throw an <see cref="InvalidParameterException"/>
/// suggesting the closest known names.
/// </summary>
/// <example>
/// <code>
/// Hormones.EffectsOn("estradiol", "serotonin")   // a table
/// Hormones.Matrix()                              // hormone × transmitter, coloured by direction
/// </code>
/// </example>
public static class Hormones
{
    /// <summary>Every hormone in the course.</summary>
    public static IReadOnlyList<Hormone> All => KnowledgeBase.Current.Hormones;

    /// <summary>A hormone by name or alias, for example "estradiol", "E2", "allopregnanolone", "T3", "cortisol".</summary>
    /// <param name="name">The hormone's name.</param>
    /// <returns>The hormone.</returns>
    /// <exception cref="InvalidParameterException">Unknown hormone.</exception>
    public static Hormone Hormone(string name) => KnowledgeBase.Current.HormoneIndex.Find(nameof(name), name);

    /// <summary>The documented effects of a hormone on one transmitter system.</summary>
    /// <param name="hormone">The hormone's name.</param>
    /// <param name="transmitter">The transmitter's name.</param>
    /// <returns>The effects (possibly none), shown as a table.</returns>
    /// <exception cref="InvalidParameterException">Unknown hormone or transmitter.</exception>
    public static HormoneEffectTable EffectsOn(string hormone, string transmitter)
    {
        var h = KnowledgeBase.Current.HormoneIndex.Find(nameof(hormone), hormone);
        var t = KnowledgeBase.Current.TransmitterIndex.Find(nameof(transmitter), transmitter);
        return new HormoneEffectTable(FormattableString.Invariant($"Effects of {h.Name} on the {t.Name.ToLowerInvariant()} system"), h.Effects.Where(e => e.TransmitterId == t.Id).ToArray());
    }

    /// <summary>Every documented effect on one transmitter system, from every hormone.</summary>
    /// <param name="transmitter">The transmitter's name.</param>
    /// <returns>The effects, shown as a table.</returns>
    /// <exception cref="InvalidParameterException">Unknown transmitter.</exception>
    public static HormoneEffectTable EffectsOn(string transmitter)
    {
        var t = KnowledgeBase.Current.TransmitterIndex.Find(nameof(transmitter), transmitter);
        return new HormoneEffectTable(FormattableString.Invariant($"Hormonal effects on the {t.Name.ToLowerInvariant()} system"), All.SelectMany(h => h.Effects).Where(e => e.TransmitterId == t.Id).ToArray());
    }

    /// <summary>The hormone × transmitter matrix of documented effects, for the fully covered transmitters (serotonin, dopamine, GABA).</summary>
    /// <param name="includeContext">Also show glutamate, norepinephrine and acetylcholine columns.</param>
    /// <returns>The matrix.</returns>
    public static HormoneEffectMatrix Matrix(bool includeContext = false) =>
        new(All, KnowledgeBase.Current.Transmitters.Where(t => includeContext || t.Coverage == Coverage.Full).ToArray());
}

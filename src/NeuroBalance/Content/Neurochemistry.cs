namespace NeuroBalance.Content;

/// <summary>
/// Looks up transmitters, their synthesis pathways, receptors, enzymes and transporters in the
/// course's knowledge base. Names are matched ignoring case, spaces and hyphens ("5-HT", "serotonin"
/// and "5-hydroxytryptamine" are the same); an unknown name throws an
/// <see cref="InvalidParameterException"/> suggesting the closest known names.
/// </summary>
/// <example>
/// <code>
/// Neurochemistry.Transmitter("serotonin")            // the card
/// Neurochemistry.Transmitter("serotonin").Synthesis  // the pathway diagram
/// Neurochemistry.Receptors("dopamine")               // the receptor table
/// </code>
/// </example>
public static class Neurochemistry
{
    /// <summary>Every transmitter: serotonin, dopamine and GABA in full, then glutamate, norepinephrine and acetylcholine as context.</summary>
    public static IReadOnlyList<Transmitter> Transmitters => KnowledgeBase.Current.Transmitters;

    /// <summary>A transmitter by name, abbreviation or alias.</summary>
    /// <param name="name">For example "serotonin", "5-HT", "dopamine", "GABA".</param>
    /// <returns>The transmitter; shown in a notebook as a card.</returns>
    /// <exception cref="InvalidParameterException">No transmitter has that name; the message suggests the closest.</exception>
    public static Transmitter Transmitter(string name) => KnowledgeBase.Current.TransmitterIndex.Find(nameof(name), name);

    /// <summary>The synthesis pathway of a transmitter (shown as a diagram).</summary>
    /// <param name="transmitter">The transmitter's name.</param>
    /// <returns>The pathway.</returns>
    /// <exception cref="InvalidParameterException">Unknown transmitter.</exception>
    public static SynthesisPathway Synthesis(string transmitter) => KnowledgeBase.Current.TransmitterIndex.Find(nameof(transmitter), transmitter).Synthesis;

    /// <summary>The receptors of a transmitter (shown as a table).</summary>
    /// <param name="transmitter">The transmitter's name.</param>
    /// <returns>The receptor table.</returns>
    /// <exception cref="InvalidParameterException">Unknown transmitter.</exception>
    public static ReceptorTable Receptors(string transmitter) => KnowledgeBase.Current.TransmitterIndex.Find(nameof(transmitter), transmitter).Receptors;

    /// <summary>A receptor by name, for example "5-HT1A", "D2", "GABA-A".</summary>
    /// <param name="name">The receptor's name or id.</param>
    /// <returns>The receptor.</returns>
    /// <exception cref="InvalidParameterException">Unknown receptor.</exception>
    public static Receptor Receptor(string name) => KnowledgeBase.Current.ReceptorIndex.Find(nameof(name), name);

    /// <summary>An enzyme by abbreviation, name or gene, for example "TPH2", "MAO-A", "GAD67".</summary>
    /// <param name="name">The enzyme's name.</param>
    /// <returns>The enzyme.</returns>
    /// <exception cref="InvalidParameterException">Unknown enzyme.</exception>
    public static Enzyme Enzyme(string name) => KnowledgeBase.Current.EnzymeIndex.Find(nameof(name), name);

    /// <summary>A transporter by abbreviation, name or gene, for example "SERT", "VMAT2", "SLC6A3".</summary>
    /// <param name="name">The transporter's name.</param>
    /// <returns>The transporter.</returns>
    /// <exception cref="InvalidParameterException">Unknown transporter.</exception>
    public static Transporter Transporter(string name) => KnowledgeBase.Current.TransporterIndex.Find(nameof(name), name);
}

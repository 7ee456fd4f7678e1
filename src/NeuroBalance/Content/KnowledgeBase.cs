using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content;

/// <summary>
/// The course's cited knowledge base: references, enzymes, transporters, receptors, transmitters,
/// hormones, the glossary and the origin story, loaded from the YAML files embedded in this library
/// (<c>src/NeuroBalance/Content/Data</c>) and validated on load. Notebooks usually use the facades
/// <see cref="Neurochemistry"/>, <see cref="Hormones"/>, <see cref="Glossary"/>,
/// <see cref="Bibliography"/> and <see cref="History"/>, which read the current session's knowledge base
/// (<see cref="Hosting.CourseSession.Knowledge"/>; by default <see cref="Default"/>).
/// </summary>
/// <remarks>
/// A knowledge base is immutable. <see cref="Default"/> is memoised once per process: it is a pure
/// function of the data embedded in this assembly, so sharing it is not shared state.
/// </remarks>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> DefaultInstance = new(() => KnowledgeBaseLoader.Load(KnowledgeBaseLoader.EmbeddedSources()));

    internal KnowledgeBase(
        IReadOnlyList<Reference> references, IReadOnlyList<Enzyme> enzymes, IReadOnlyList<Transporter> transporters,
        IReadOnlyList<Receptor> receptors, IReadOnlyList<Transmitter> transmitters, IReadOnlyList<Hormone> hormones,
        IReadOnlyList<GlossaryEntry> glossary, OriginStory story)
    {
        References = references;
        Enzymes = enzymes;
        Transporters = transporters;
        Receptors = receptors;
        Transmitters = transmitters;
        Hormones = hormones;
        Glossary = glossary;
        Story = story;
        ReferenceIndex = new NameIndex<Reference>("reference", references, r => [r.Id, r.Citation.Label, r.Doi, r.Pmid?.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        EnzymeIndex = new NameIndex<Enzyme>("enzyme", enzymes, e => [e.Abbreviation, e.Id, e.Name, e.Gene]);
        TransporterIndex = new NameIndex<Transporter>("transporter", transporters, t => [t.Abbreviation, t.Id, t.Name, t.Gene]);
        ReceptorIndex = new NameIndex<Receptor>("receptor", receptors, r => [r.Name, r.Id]);
        TransmitterIndex = new NameIndex<Transmitter>("neurotransmitter", transmitters, t => new[] { t.Name, t.Id, t.Abbreviation }.Concat(t.Aliases));
        HormoneIndex = new NameIndex<Hormone>("hormone", hormones, h => new[] { h.Name, h.Id }.Concat(h.Aliases));
        GlossaryIndex = new NameIndex<GlossaryEntry>("glossary term", glossary, g => new[] { g.Term, g.Id }.Concat(g.Aliases));
    }

    /// <summary>The knowledge base built into this library, loaded once on first use.</summary>
    /// <exception cref="ContentValidationException">An embedded file is broken (this fails the content tests first).</exception>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>Gets the knowledge base of the current session, which the static facades read.</summary>
    internal static KnowledgeBase Current => Hosting.CourseSession.Current.Knowledge;

    /// <summary>Gets every reference.</summary>
    public IReadOnlyList<Reference> References { get; }

    /// <summary>Gets every enzyme.</summary>
    public IReadOnlyList<Enzyme> Enzymes { get; }

    /// <summary>Gets every transporter.</summary>
    public IReadOnlyList<Transporter> Transporters { get; }

    /// <summary>Gets every receptor.</summary>
    public IReadOnlyList<Receptor> Receptors { get; }

    /// <summary>Gets every transmitter: the fully covered ones first, then the context ones.</summary>
    public IReadOnlyList<Transmitter> Transmitters { get; }

    /// <summary>Gets every hormone.</summary>
    public IReadOnlyList<Hormone> Hormones { get; }

    /// <summary>Gets every glossary entry.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    /// <summary>Gets the origin story.</summary>
    public OriginStory Story { get; }

    internal NameIndex<Reference> ReferenceIndex { get; }

    internal NameIndex<Enzyme> EnzymeIndex { get; }

    internal NameIndex<Transporter> TransporterIndex { get; }

    internal NameIndex<Receptor> ReceptorIndex { get; }

    internal NameIndex<Transmitter> TransmitterIndex { get; }

    internal NameIndex<Hormone> HormoneIndex { get; }

    internal NameIndex<GlossaryEntry> GlossaryIndex { get; }

    /// <summary>Loads and validates a knowledge base from content files (for tests and for instructors checking an edit).</summary>
    /// <param name="sources">One source per section: references, enzymes, transporters, receptors, transmitters, hormones, glossary, history.</param>
    /// <returns>The knowledge base.</returns>
    /// <exception cref="ContentValidationException">A file is not valid YAML, does not match its schema, or refers to an unknown id.</exception>
    public static KnowledgeBase Load(IEnumerable<ContentSource> sources) => KnowledgeBaseLoader.Load(sources);

    /// <summary>Loads and validates the content files in a folder (for example <c>src/NeuroBalance/Content/Data</c>).</summary>
    /// <param name="folder">The folder holding the <c>*.yaml</c> files.</param>
    /// <returns>The knowledge base.</returns>
    /// <exception cref="ContentValidationException">A file is broken; the message lists every problem with file and line.</exception>
    public static KnowledgeBase LoadFolder(string folder) =>
        Load(Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new ContentSource(Path.GetFileName(f), File.ReadAllText(f))));

    /// <summary>The embedded content files, as sources (to copy, edit and re-validate in tests).</summary>
    /// <returns>One source per embedded file.</returns>
    public static IReadOnlyList<ContentSource> EmbeddedSources() => KnowledgeBaseLoader.EmbeddedSources();

    /// <summary>Every reference cited anywhere in the content, by id, with how often it is cited.</summary>
    /// <returns>Reference id → number of citing facts.</returns>
    public IReadOnlyDictionary<string, int> CitationCounts()
    {
        var counts = References.ToDictionary(r => r.Id, _ => 0, StringComparer.Ordinal);
        foreach (var reference in ContentWalker.AllSources(this).SelectMany(s => s.References)
                     .Concat(Glossary.SelectMany(g => g.References))
                     .Concat(Story.Milestones.SelectMany(m => m.References))
                     .Concat(Story.Themes.SelectMany(t => t.References)))
        {
            counts[reference.Id]++;
        }

        return counts;
    }
}

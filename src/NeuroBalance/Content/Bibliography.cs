namespace NeuroBalance.Content;

/// <summary>The references the knowledge base cites, each with authors, title, venue, year and a DOI or PMID.</summary>
public static class Bibliography
{
    /// <summary>Every reference, shown in a notebook as a numbered list with links.</summary>
    public static ReferenceList All => new(KnowledgeBase.Current.References);

    /// <summary>A reference by id, label ("Best et al. 2010"), DOI or PMID.</summary>
    /// <param name="id">The reference's id, label, DOI or PMID.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="InvalidParameterException">Unknown reference.</exception>
    public static Reference Reference(string id) => KnowledgeBase.Current.ReferenceIndex.Find(nameof(id), id);
}

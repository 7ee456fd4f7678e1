using System.Text.RegularExpressions;
using NeuroBalance.Internal;

namespace NeuroBalance.Science;

/// <summary>
/// A pointer to a published source: a short label ("Best et al. 2009") and at least one stable
/// identifier, a DOI or a PubMed ID. Immutable; two citations with the same label and identifiers
/// are equal.
/// </summary>
public sealed partial record Citation
{
    /// <summary>Creates a citation. At least one of <paramref name="doi"/> and <paramref name="pmid"/> is required.</summary>
    /// <param name="label">Short label, for example "Best et al. 2009".</param>
    /// <param name="doi">A DOI such as "10.1186/1742-4682-6-21", without the "https://doi.org/" prefix.</param>
    /// <param name="pmid">A PubMed ID (a positive integer).</param>
    /// <exception cref="InvalidParameterException">The label is blank, the DOI is malformed, or neither identifier is given.</exception>
    /// <exception cref="ParameterOutOfRangeException">The PMID is not positive.</exception>
    public Citation(string label, string? doi = null, int? pmid = null)
    {
        Label = Preconditions.CheckNotBlank(nameof(label), label);
        if (doi is not null && !DoiPattern().IsMatch(doi))
        {
            throw new InvalidParameterException($"doi must look like \"10.<registrant>/<suffix>\" (no https://doi.org/ prefix), but was \"{doi}\".", nameof(doi));
        }

        if (pmid is { } id && id <= 0)
        {
            throw new ParameterOutOfRangeException(nameof(pmid), id, $"pmid must be a positive integer, but was {id}.");
        }

        if (doi is null && pmid is null)
        {
            throw new InvalidParameterException($"The citation \"{label}\" needs a DOI or a PMID; both were missing.", nameof(doi));
        }

        Doi = doi;
        Pmid = pmid;
    }

    /// <summary>Short label, for example "Best et al. 2009".</summary>
    public string Label { get; }

    /// <summary>The DOI, without a resolver prefix, or null.</summary>
    public string? Doi { get; }

    /// <summary>The PubMed ID, or null.</summary>
    public int? Pmid { get; }

    /// <summary>A resolvable link: https://doi.org/… when a DOI exists, otherwise the PubMed page.</summary>
    public Uri Link => Doi is not null
        ? new Uri("https://doi.org/" + Doi)
        : new Uri($"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/");

    /// <summary>"Best et al. 2009, doi:10.1186/1742-4682-6-21" (and/or "PMID 19740446").</summary>
    public override string ToString()
    {
        var ids = new List<string>(2);
        if (Doi is not null)
        {
            ids.Add("doi:" + Doi);
        }

        if (Pmid is not null)
        {
            ids.Add("PMID " + Pmid);
        }

        return $"{Label}, {string.Join(", ", ids)}";
    }

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();
}

using NeuroBalance.Content.Loading;
using NeuroBalance.Science;

namespace NeuroBalance.Content;

/// <summary>A published source in the knowledge base: authors, title, venue, year and a DOI or PMID.</summary>
/// <param name="Id">The id that content files cite it by, for example <c>best2010</c>.</param>
/// <param name="Authors">Authors as printed, for example "Best J, Nijhout HF, Reed M".</param>
/// <param name="Title">The title.</param>
/// <param name="Venue">Journal (with volume and pages) or book.</param>
/// <param name="Year">Year of publication.</param>
/// <param name="Citation">The short label with its DOI and/or PMID, validated by <see cref="Science.Citation"/>.</param>
/// <param name="Checked">How the identifier was checked: "lookup" (title, authors and DOI/PMID matched on a public bibliographic page or record) or "recalled" (from the author's knowledge of a classic paper, not matched on any record; every display marks it "unverified identifier").</param>
/// <param name="Location">Where it is defined.</param>
public sealed record Reference(string Id, string Authors, string Title, string Venue, int Year, Citation Citation, string Checked, ContentLocation Location)
{
    /// <summary>The DOI, or null.</summary>
    public string? Doi => Citation.Doi;

    /// <summary>The PubMed ID, or null.</summary>
    public int? Pmid => Citation.Pmid;

    /// <summary>The PubMed Central id ("PMC1810585"), or null.</summary>
    public string? Pmc { get; init; }

    /// <summary>True when the identifier was not matched on any bibliographic record (<see cref="Checked"/> is "recalled"); displays mark it "unverified identifier".</summary>
    public bool IsUnverified => Checked != "lookup";

    /// <summary>The mark that every display of an unverified reference carries.</summary>
    public const string UnverifiedMark = "unverified identifier";

    /// <summary>"Best J, Nijhout HF, Reed M (2010). Title. Venue. doi:…".</summary>
    public override string ToString()
    {
        var ids = string.Join(", ", new[] { Doi is null ? null : "doi:" + Doi, Pmid is null ? null : "PMID " + Pmid, Pmc }.OfType<string>());
        return FormattableString.Invariant($"{Authors} ({Year}). {Title}. {Venue}. {ids}") + (IsUnverified ? FormattableString.Invariant($" [{UnverifiedMark}]") : string.Empty);
    }

    /// <summary>The short label "Best et al. 2010" from the author list and the year.</summary>
    internal static string LabelFor(string authors, int year)
    {
        var names = authors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string Surname(string author) => author.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? author;
        var who = names.Length switch
        {
            0 => authors,
            1 => Surname(names[0]),
            2 => FormattableString.Invariant($"{Surname(names[0])} & {Surname(names[1])}"),
            _ => FormattableString.Invariant($"{Surname(names[0])} et al."),
        };
        return FormattableString.Invariant($"{who} {year}");
    }
}

using System.Text;
using NeuroBalance.Content.Loading;

namespace NeuroBalance.Content.Display;

/// <summary>
/// Numbers references in the order one HTML output first cites them ([1], [2], …) and renders the
/// matching numbered reference list at its foot, each entry linked to its DOI or PubMed page.
/// </summary>
internal sealed class CitationNumbers
{
    private readonly List<Reference> order = [];

    public IReadOnlyList<Reference> Cited => order;

    /// <summary>"[1, 3] <i>rodent</i>" for a fact's sources.</summary>
    public string Cite(Sources sources) => Cite(sources.References) + FormattableString.Invariant($" <span class=\"ev badge\" title=\"evidence level\">{Html.E(EvidenceNames.Display(sources.Evidence))}</span>");

    /// <summary>"[1, 3]" for a list of references.</summary>
    public string Cite(IEnumerable<Reference> references)
    {
        var numbers = references.Select(Number).Distinct().Order().ToArray();
        if (numbers.Length == 0)
        {
            return string.Empty;
        }

        return "<sup class=\"cite\">[" + string.Join(", ", numbers.Select(n => FormattableString.Invariant($"<span title=\"{Html.E(order[n - 1].Citation.Label)}\">{n}</span>"))) + "]</sup>";
    }

    /// <summary>The numbered list of every reference cited so far, or an empty string.</summary>
    public string ListHtml()
    {
        if (order.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<ol class=\"refs\">");
        foreach (var r in order)
        {
            html.Append("<li>").Append(Entry(r)).Append("</li>");
        }

        return html.Append("</ol>").ToString();
    }

    /// <summary>One reference: authors (year). title. venue. linked DOI and/or PMID, and the PMC id; "[unverified identifier]" when it was not matched on a record.</summary>
    public static string Entry(Reference r)
    {
        var links = new List<string>(2);
        if (r.Doi is not null)
        {
            links.Add(FormattableString.Invariant($"<a href=\"{Html.E("https://doi.org/" + r.Doi)}\">doi:{Html.E(r.Doi)}</a>"));
        }

        if (r.Pmid is not null)
        {
            links.Add(FormattableString.Invariant($"<a href=\"https://pubmed.ncbi.nlm.nih.gov/{r.Pmid}/\">PMID {r.Pmid}</a>"));
        }

        if (r.Pmc is not null)
        {
            // Shown, not linked: the links of a reference list go to doi.org or PubMed, which lead on to the PMC copy.
            links.Add(Html.E(r.Pmc));
        }

        var mark = r.IsUnverified
            ? FormattableString.Invariant($" <span class=\"unverified\" title=\"This identifier was not matched on a bibliographic record; check it before relying on it.\">[{Reference.UnverifiedMark}]</span>")
            : string.Empty;
        return FormattableString.Invariant($"{Html.E(r.Authors)} ({r.Year}). {Html.E(r.Title)}. <i>{Html.E(r.Venue)}</i>. {string.Join(" · ", links)}{mark}");
    }

    private int Number(Reference reference)
    {
        var index = order.IndexOf(reference);
        if (index < 0)
        {
            order.Add(reference);
            index = order.Count - 1;
        }

        return index + 1;
    }
}

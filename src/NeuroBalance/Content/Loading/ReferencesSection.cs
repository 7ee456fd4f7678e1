namespace NeuroBalance.Content.Loading;

/// <summary>Schema of <c>references.yaml</c>: id, authors, title, venue, year, doi and/or pmid, optional pmc (PubMed Central id, "PMC" and digits), checked (lookup or recalled).</summary>
internal static partial class ReferencesSection
{
    private static readonly Dictionary<string, string> CheckedValues = new[] { "lookup", "recalled" }.ToDictionary(v => v, v => v, StringComparer.Ordinal);

    public static void Read(MapReader root, ContentContext context)
    {
        ContentContext.Entities(root, "references", (r, id) =>
        {
            var authors = r.Text("authors");
            var title = r.Text("title");
            var venue = r.Text("venue");
            var year = r.Integer("year", 1600, 2100);
            var doi = r.OptionalText("doi");
            int? pmid = r.Node("pmid") is null ? null : r.Integer("pmid", 1, int.MaxValue);
            var pmc = r.OptionalText("pmc");
            if (pmc is not null && !PmcPattern().IsMatch(pmc))
            {
                r.Error("pmc", $"'{pmc}' is not a PubMed Central id (PMC followed by digits, e.g. PMC1810585).");
            }

            var checkedBy = r.Choice("checked", CheckedValues, "recalled");
            if (doi is null && pmid is null)
            {
                r.Error("doi", "a reference needs a 'doi' or a 'pmid' (or both).");
            }
            else if (ContentContext.Citation(r, Reference.LabelFor(authors, year), doi, pmid) is { } citation && id.Length > 0)
            {
                context.References.TryAdd(id, new Reference(id, authors, title, venue, year, citation, checkedBy, r.Location) { Pmc = pmc });
            }

            return id;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("^PMC[0-9]{4,9}$")]
    private static partial System.Text.RegularExpressions.Regex PmcPattern();
}

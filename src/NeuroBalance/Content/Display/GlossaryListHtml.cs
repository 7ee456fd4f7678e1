using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>The whole glossary: a letter index linking to letter headings, then a definition list.</summary>
internal static class GlossaryListHtml
{
    public static string Render(GlossaryList list, CitationNumbers c)
    {
        // Related terms are stored by their display term; link each to its entry's anchor.
        var idOf = list.Entries.ToDictionary(e => e.Term, e => e.Id, StringComparer.OrdinalIgnoreCase);
        string Related(string term) => idOf.TryGetValue(term, out var id) ? FormattableString.Invariant($"<a href=\"#term-{Html.E(id)}\">{Html.E(term)}</a>") : Html.E(term);
        var html = new StringBuilder("<h3>Glossary A–Z (").Append(list.Entries.Count).Append(" terms)</h3><p class=\"letters\">")
            .AppendJoin(" · ", list.Letters.Select(l => FormattableString.Invariant($"<a href=\"#glossary-{char.ToLowerInvariant(l)}\">{Html.E(l.ToString())}</a>")))
            .Append("</p>");
        foreach (var group in list.Entries.GroupBy(e => char.ToUpperInvariant(e.Term[0])))
        {
            html.Append("<h4 id=\"glossary-").Append(char.ToLowerInvariant(group.Key)).Append("\">").Append(Html.E(group.Key.ToString())).Append("</h4><dl>");
            foreach (var g in group)
            {
                html.Append("<dt id=\"term-").Append(Html.E(g.Id)).Append("\"><strong>").Append(Html.E(g.Term)).Append("</strong>");
                if (g.Aliases.Count > 0)
                {
                    html.Append(" <span class=\"muted\">(also: ").Append(Html.E(string.Join(", ", g.Aliases))).Append(")</span>");
                }

                html.Append("</dt><dd>").Append(Html.E(g.Plain)).Append(" <span class=\"muted\">Precisely:</span> ").Append(Html.E(g.Precise));
                if (g.References.Count > 0)
                {
                    html.Append(' ').Append(c.Cite(g.References));
                }

                if (g.Related.Count > 0)
                {
                    html.Append(" <span class=\"muted\">Related:</span> ").AppendJoin(", ", g.Related.Select(Related));
                }

                html.Append("</dd>");
            }

            html.Append("</dl>");
        }

        return html.ToString();
    }
}

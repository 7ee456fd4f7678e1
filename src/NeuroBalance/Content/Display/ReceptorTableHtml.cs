using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>The receptor table: receptor, family, type and coupling, sites, roles, representative ligands with affinities.</summary>
internal static class ReceptorTableHtml
{
    public static string Render(ReceptorTable table, CitationNumbers c)
    {
        var html = new StringBuilder(FormattableString.Invariant($"<h3>{Html.E(table.Title)}</h3><table><thead><tr><th>Receptor</th><th>Family</th><th>Type · coupling</th><th>Where</th><th>Main roles</th><th>Representative ligands</th></tr></thead><tbody>"));
        foreach (var r in table.Receptors)
        {
            html.Append("<tr><td><strong>").Append(Html.E(r.Name)).Append("</strong><br/><span class=\"muted\">").Append(Html.E(r.Summary)).Append("</span> ").Append(c.Cite(r.Sources)).Append("</td>")
                .Append("<td>").Append(Html.E(r.Family)).Append("</td>")
                .Append("<td>").Append(r.Kind == ReceptorKind.Ionotropic ? "ionotropic" : "metabotropic").Append("<br/>").Append(Html.E(r.Coupling)).Append("</td>")
                .Append("<td>").Append(string.Join("<br/>", r.Sites.Select(s => Html.E(SiteName(s))))).Append("</td>")
                .Append("<td><ul>").Append(string.Concat(r.Roles.Select(x => "<li>" + Html.E(x) + "</li>"))).Append("</ul></td><td><ul>");
            foreach (var l in r.Ligands)
            {
                html.Append("<li>").Append(Html.E(l.Name)).Append(" <span class=\"muted\">(").Append(Html.E(l.Action)).Append(")</span>");
                html.Append(' ').Append(c.Cite(l.Sources));
                foreach (var a in l.Values)
                {
                    html.Append("<br/>").Append(Html.E(a.Quantity)).Append(": <strong>").Append(Html.E(a.Display)).Append("</strong>")
                        .Append(a.Note.Length > 0 ? " <span class=\"muted\">(" + Html.E(a.Note) + ")</span>" : string.Empty)
                        .Append(' ').Append(c.Cite(a.Sources));
                }

                html.Append("</li>");
            }

            html.Append("</ul></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string SiteName(ReceptorSite site) => site switch
    {
        ReceptorSite.Autoreceptor => "autoreceptor",
        ReceptorSite.Heteroreceptor => "heteroreceptor",
        ReceptorSite.Somatodendritic => "somatodendritic",
        ReceptorSite.Extrasynaptic => "extrasynaptic",
        ReceptorSite.Presynaptic => "presynaptic",
        _ => "postsynaptic",
    };
}

using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>The hormone-effects matrix (hormone × transmitter) and the hormone-effects table.</summary>
internal static class HormoneHtml
{
    public static string Matrix(HormoneEffectMatrix matrix, CitationNumbers c)
    {
        var html = new StringBuilder("<h3>Documented hormonal effects on transmitter systems</h3>").Append(Html.DirectionLegend());
        html.Append("<table><thead><tr><th>Hormone</th>");
        foreach (var t in matrix.Transmitters)
        {
            html.Append("<th>").Append(Html.E(t.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var h in matrix.Hormones)
        {
            html.Append("<tr><th>").Append(Html.E(h.Name)).Append("<br/><span class=\"muted\" style=\"font-weight: normal\">").Append(Html.E(h.HormoneClass)).Append("</span></th>");
            foreach (var t in matrix.Transmitters)
            {
                html.Append("<td>");
                var effects = matrix.Cell(h, t);
                if (effects.Count == 0)
                {
                    html.Append("<span class=\"muted\">—</span>");
                }

                foreach (var e in effects)
                {
                    var (symbol, word, css) = Html.Direction(e.Direction);
                    html.Append("<span class=\"eff ").Append(css).Append("\" title=\"").Append(Html.E(word)).Append("\">")
                        .Append(symbol).Append(' ').Append(Html.E(e.Target)).Append(": ").Append(Html.E(e.Magnitude))
                        .Append(" <span class=\"muted\">(").Append(Html.E(e.Species)).Append(")</span> ").Append(c.Cite(e.Sources)).Append("</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table><p class=\"muted\">Directions depend on species, region, dose and time; read each cell as \"reported in\", not as a universal rule. Education, not medical advice.</p>").ToString();
    }

    public static string Table(HormoneEffectTable table, CitationNumbers c)
    {
        var html = new StringBuilder(FormattableString.Invariant($"<h3>{Html.E(table.Title)}</h3>")).Append(Html.DirectionLegend());
        if (table.Effects.Count == 0)
        {
            return html.Append("<p>No documented effect in the course's knowledge base.</p>").ToString();
        }

        html.Append("<table><thead><tr><th>Hormone</th><th>Target</th><th>Direction</th><th>Magnitude / range</th><th>Species</th><th>Evidence · sources</th><th>Note</th></tr></thead><tbody>");
        foreach (var e in table.Effects)
        {
            var (symbol, word, css) = Html.Direction(e.Direction);
            html.Append("<tr><td>").Append(Html.E(e.HormoneName)).Append("</td><td>").Append(Html.E(e.Target)).Append("</td>")
                .Append("<td><span class=\"eff ").Append(css).Append("\">").Append(symbol).Append(' ').Append(Html.E(word)).Append("</span></td>")
                .Append("<td>").Append(Html.E(e.Magnitude)).Append("</td><td>").Append(Html.E(e.Species)).Append("</td>")
                .Append("<td>").Append(c.Cite(e.Sources)).Append("</td><td>").Append(Html.E(e.Note)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}

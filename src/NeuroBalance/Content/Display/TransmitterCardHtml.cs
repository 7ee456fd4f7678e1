using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>The neurotransmitter card: summary, synthesis, transport, receptors, degradation, functions and key values, each cited.</summary>
internal static class TransmitterCardHtml
{
    public static string Render(Transmitter t, CitationNumbers c)
    {
        var html = new StringBuilder("<div class=\"card\">");
        html.Append("<h3>").Append(Html.E(t.Name)).Append(" <span class=\"muted\">(").Append(Html.E(t.Abbreviation)).Append(")</span> ")
            .Append("<span class=\"badge\">").Append(t.Coverage == Coverage.Full ? "covered in full" : "context").Append("</span> ")
            .Append("<span class=\"badge\">").Append(Html.E(t.ChemicalClass)).Append("</span></h3>");
        html.Append("<p>").Append(Html.E(t.Summary)).Append(' ').Append(c.Cite(t.Sources)).Append("</p>");

        html.Append("<h4>Synthesis</h4><p>")
            .Append(Html.E(string.Join(" → ", new[] { t.Synthesis.Precursor }.Concat(t.Synthesis.Steps.Select(s => s.Product)))))
            .Append("</p><ul>");
        foreach (var s in t.Synthesis.Steps)
        {
            html.Append("<li>").Append(Html.E(FormattableString.Invariant($"{s.Substrate} → {s.Product}: {s.Enzyme.Abbreviation} ({s.Enzyme.Name})")));
            if (s.Cofactors.Count > 0)
            {
                html.Append(", cofactors ").Append(string.Join(" ", s.Cofactors.Select(x => FormattableString.Invariant($"<span class=\"chip\">{Html.E(x)}</span>"))));
            }

            if (s.RateLimiting)
            {
                html.Append(" <strong>⚠ rate-limiting</strong>");
            }

            html.Append(' ').Append(c.Cite(s.Sources)).Append("</li>");
        }

        html.Append("</ul><h4>Packing, clearance and breakdown</h4><ul>")
            .Append("<li><strong>Into vesicles:</strong> ").Append(Html.E(t.VesicularTransporter.ToString())).Append(' ').Append(c.Cite(t.VesicularTransporter.Sources)).Append("</li>")
            .Append("<li><strong>Reuptake:</strong> ").Append(t.ReuptakeTransporters.Count == 0 ? "none for the transmitter itself (see breakdown)" : string.Join("; ", t.ReuptakeTransporters.Select(r => Html.E(r.ToString()) + " " + c.Cite(r.Sources)))).Append("</li>");
        foreach (var d in t.Degradation)
        {
            html.Append("<li><strong>Breakdown:</strong> ").Append(Html.E(FormattableString.Invariant($"{d.Substrate} → {d.Product} by {d.Enzyme.Abbreviation} ({d.Enzyme.Name})")))
                .Append(d.Note.Length > 0 ? " — " + Html.E(d.Note) : string.Empty).Append(' ').Append(c.Cite(d.Sources)).Append("</li>");
        }

        html.Append("</ul><h4>Receptors</h4><p>")
            .Append(string.Join(" ", t.Receptors.Receptors.Select(r =>
                FormattableString.Invariant($"<span class=\"chip\" title=\"{Html.E(r.Family)}\">{Html.E(r.Name)} · {(r.Kind == ReceptorKind.Ionotropic ? "ion channel" : Html.E(r.Coupling))}{(r.IsAutoreceptor ? " · autoreceptor" : string.Empty)}</span>"))))
            .Append("</p><h4>Functions</h4><ul>");
        foreach (var f in t.Functions)
        {
            html.Append("<li><strong>").Append(Html.E(f.Area)).Append(":</strong> ").Append(Html.E(f.Claim.Text)).Append(' ').Append(c.Cite(f.Claim.Sources)).Append("</li>");
        }

        html.Append("</ul>");
        if (t.Values.Count > 0)
        {
            html.Append("<h4>Key values</h4><ul>");
            foreach (var v in t.Values)
            {
                html.Append("<li>").Append(Html.E(v.Quantity)).Append(": <strong>").Append(Html.E(v.Display)).Append("</strong>")
                    .Append(v.Note.Length > 0 ? " (" + Html.E(v.Note) + ")" : string.Empty).Append(' ').Append(c.Cite(v.Sources)).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</div>").ToString();
    }
}

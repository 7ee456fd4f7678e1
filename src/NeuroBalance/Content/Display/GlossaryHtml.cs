using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>A glossary entry: term, aliases, plain and precise definitions, related terms and optional references.</summary>
internal static class GlossaryHtml
{
    public static string Render(GlossaryEntry g, CitationNumbers c)
    {
        var html = new StringBuilder("<div class=\"card\"><h3>").Append(Html.E(g.Term));
        if (g.Aliases.Count > 0)
        {
            html.Append(" <span class=\"muted\" style=\"font-weight: normal\">(also: ").Append(Html.E(string.Join(", ", g.Aliases))).Append(")</span>");
        }

        html.Append("</h3><p><strong>In plain words:</strong> ").Append(Html.E(g.Plain)).Append("</p>")
            .Append("<p><strong>Precisely:</strong> ").Append(Html.E(g.Precise)).Append(' ').Append(c.Cite(g.References)).Append("</p>")
            .Append("<p><strong>Related:</strong> ").Append(string.Join(" ", g.Related.Select(r => FormattableString.Invariant($"<span class=\"chip\">{Html.E(r)}</span>"))))
            .Append("</p><p class=\"muted\">Look up a related term with <code>Glossary.Lookup(\"…\")</code>.</p></div>");
        return html.ToString();
    }
}

using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>The HTML of a <see cref="FunctionTable"/>: one row per transmitter function, with numbered citations.</summary>
internal static class FunctionTableHtml
{
    /// <summary>Renders the table's body (the caller wraps it with the reference list).</summary>
    public static string Render(FunctionTable table, CitationNumbers c)
    {
        var body = new StringBuilder("<h3>What the transmitters do</h3><table><thead><tr><th>Transmitter</th><th>Area</th><th>Finding</th></tr></thead><tbody>");
        foreach (var (t, f) in table.Rows)
        {
            body.Append("<tr><td><strong>").Append(Html.E(t.Name)).Append("</strong></td><td>").Append(Html.E(f.Area))
                .Append("</td><td>").Append(Html.E(f.Claim.Text)).Append(' ').Append(c.Cite(f.Claim.Sources)).Append("</td></tr>");
        }

        return body.Append("</tbody></table>").ToString();
    }
}

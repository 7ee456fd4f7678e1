using System.Text;
using NeuroBalance.Internal;
using NeuroBalance.Tables;

namespace NeuroBalance.Display;

/// <summary>The HTML of a <see cref="Table"/>.</summary>
internal static class TableHtml
{
    /// <summary>Renders a table as HTML.</summary>
    /// <param name="table">The table.</param>
    /// <returns>A <c>table.neurobalance-table</c> with a caption and a header row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string Render(Table table)
    {
        Preconditions.CheckNotNull(nameof(table), table);
        var html = new StringBuilder("<table class=\"neurobalance-table\"><caption>").Append(HtmlText.Encode(table.Caption)).Append("</caption><thead><tr>");
        foreach (var h in table.Headers)
        {
            html.Append("<th>").Append(HtmlText.Encode(h)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var c in row)
            {
                html.Append("<td>").Append(HtmlText.Encode(c)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}

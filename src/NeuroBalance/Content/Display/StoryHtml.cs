using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>The origin story: its themes, then a timeline table of dated, cited milestones.</summary>
internal static class StoryHtml
{
    public static string Render(OriginStory story, CitationNumbers c)
    {
        var html = new StringBuilder("<h3>The origin story</h3>");
        foreach (var t in story.Themes)
        {
            html.Append("<h4>").Append(Html.E(t.Title)).Append("</h4><p>").Append(Html.E(t.Text)).Append(' ').Append(c.Cite(t.References)).Append("</p>");
        }

        html.Append("<h4>Timeline</h4><table><thead><tr><th>Year</th><th>Field</th><th>Milestone</th></tr></thead><tbody>");
        foreach (var m in story.Milestones)
        {
            html.Append("<tr><td>").Append(m.Year).Append("</td><td>").Append(Html.E(m.Field)).Append("</td><td><strong>")
                .Append(Html.E(m.Title)).Append(".</strong> ").Append(Html.E(m.Text)).Append(' ').Append(c.Cite(m.References)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NeuroBalance.Course.Running;

/// <summary>Turns an HTML output (e.g. exercise feedback) into readable plain text: one line per block, table cells separated by " | ".</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "PRE", "SUMMARY", "DETAILS", "UL", "OL", "TABLE", "BR",
    };

    /// <summary>Converts HTML to plain text; scripts and styles are dropped.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The text, lines trimmed, empty lines removed.</returns>
    public static string Convert(string html)
    {
        var document = new HtmlParser().ParseDocument(html ?? string.Empty);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
        return string.Join(Environment.NewLine, lines);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement { TagName: "SCRIPT" or "STYLE" }:
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.TagName);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    if (element.TagName is "TD" or "TH" && element.PreviousElementSibling is not null)
                    {
                        text.Append(" | ");
                    }

                    Append(element, text);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
                default:
                    text.Append(child.TextContent);
                    break;
            }
        }
    }
}

using System.Text;
using NeuroBalance.Display;

namespace NeuroBalance.Content.Display;

/// <summary>
/// Shared pieces of the knowledge-base HTML: the wrapper (with the library's one <see cref="StyleSheet"/>),
/// encoding through <see cref="HtmlText"/>, and the direction symbols and legend.
/// </summary>
internal static class Html
{
    /// <summary>The CSS class on the outermost element of every knowledge-base output.</summary>
    public const string RootClass = StyleSheet.KnowledgeBaseRoot;


    /// <summary>HTML-encodes text (every piece of content goes through this).</summary>
    public static string E(string? text) => HtmlText.Encode(text);

    /// <summary>Wraps a fragment in the themed root element, with the style sheet and the numbered reference list.</summary>
    public static string Wrap(string kind, string body, CitationNumbers citations) =>
        new StringBuilder(StyleSheet.Tag)
            .Append("<div class=\"").Append(RootClass).Append(' ').Append(RootClass).Append('-').Append(kind).Append("\">")
            .Append(body)
            .Append(citations.ListHtml())
            .Append("</div>")
            .ToString();

    /// <summary>The symbol, word and CSS class of a direction.</summary>
    public static (string Symbol, string Word, string Css) Direction(EffectDirection direction) => direction switch
    {
        EffectDirection.Increase => ("▲", "increase", "dir-increase"),
        EffectDirection.Decrease => ("▼", "decrease", "dir-decrease"),
        EffectDirection.Mixed => ("◆", "mixed / depends", "dir-mixed"),
        _ => ("●", "no change", "dir-nochange"),
    };

    /// <summary>The legend for direction colours and symbols.</summary>
    public static string DirectionLegend() =>
        "<p class=\"legend\">" + string.Concat(Enum.GetValues<EffectDirection>().Select(d =>
        {
            var (symbol, word, css) = Direction(d);
            return FormattableString.Invariant($"<span class=\"eff {css}\">{symbol} {E(word)}</span>");
        })) + "<span class=\"muted\">Evidence level in <i>italics</i>; numbers in brackets are references.</span></p>";
}

using System.Net;
using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>
/// Shared pieces of the knowledge-base HTML: encoding, the scoped style sheet and the wrapper.
/// Colours follow the VS Code theme: text and lines use <c>currentColor</c> (so they are dark on
/// light themes and light on dark ones), fills are translucent tints, and every colour is paired with
/// a symbol or a word, so nothing is told by colour alone (Okabe-Ito colours, colour-blind safe).
/// </summary>
internal static class Html
{
    /// <summary>The CSS class on the outermost element of every knowledge-base output.</summary>
    public const string RootClass = "nb-kb";

    private const string Style = """
        <style>
        .nb-kb { font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: 13px; line-height: 1.45; color: inherit; max-width: 1000px; }
        .nb-kb h3 { margin: 0 0 4px 0; font-size: 1.25em; }
        .nb-kb h4 { margin: 10px 0 4px 0; font-size: 1.02em; }
        .nb-kb p { margin: 4px 0; }
        .nb-kb .card { border: 1px solid color-mix(in srgb, currentColor 28%, transparent); border-radius: 8px; padding: 12px 16px; }
        .nb-kb .muted { opacity: 0.78; }
        .nb-kb .badge { display: inline-block; border: 1px solid color-mix(in srgb, currentColor 40%, transparent); border-radius: 9px; padding: 0 7px; margin: 0 2px; font-size: 0.85em; white-space: nowrap; }
        .nb-kb .ev { font-style: italic; }
        .nb-kb table { border-collapse: collapse; margin: 6px 0; }
        .nb-kb th, .nb-kb td { border: 1px solid color-mix(in srgb, currentColor 22%, transparent); padding: 4px 8px; vertical-align: top; text-align: left; }
        .nb-kb th { background: color-mix(in srgb, currentColor 9%, transparent); font-weight: 600; }
        .nb-kb ul { margin: 2px 0 2px 18px; padding: 0; }
        .nb-kb a { color: var(--vscode-textLink-foreground, inherit); text-decoration: underline; }
        .nb-kb sup.cite { font-size: 0.75em; }
        .nb-kb ol.refs { font-size: 0.9em; margin: 8px 0 0 0; padding-left: 26px; border-top: 1px solid color-mix(in srgb, currentColor 22%, transparent); padding-top: 6px; }
        .nb-kb .eff { display: block; margin: 2px 0; padding: 2px 6px; border-radius: 4px; border-left: 5px solid; }
        .nb-kb .dir-increase { background: rgba(0, 114, 178, 0.16); border-left-color: #0072B2; }
        .nb-kb .dir-decrease { background: rgba(213, 94, 0, 0.16); border-left-color: #D55E00; }
        .nb-kb .dir-mixed { background: rgba(204, 121, 167, 0.18); border-left-color: #CC79A7; border-left-style: dashed; }
        .nb-kb .dir-nochange { background: rgba(128, 128, 128, 0.14); border-left-color: #999999; border-left-style: dotted; }
        .nb-kb .legend span.eff { display: inline-block; margin-right: 8px; }
        .nb-kb .chip { display: inline-block; border-radius: 9px; padding: 0 8px; margin: 1px 2px; background: color-mix(in srgb, currentColor 10%, transparent); }
        .nb-kb svg text { font-family: inherit; }
        </style>
        """;

    /// <summary>HTML-encodes text (every piece of content goes through this).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Wraps a fragment in the themed root element, with the style sheet and the numbered reference list.</summary>
    public static string Wrap(string kind, string body, CitationNumbers citations) =>
        new StringBuilder(Style)
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

using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NeuroBalance.Exercises.Display;

/// <summary>
/// The HTML building blocks shared by exercise cards, feedback, hints, solutions and progress: encoding, a little
/// inline markup, and one style sheet that reads well in VS Code's light and dark themes.
/// </summary>
/// <remarks>
/// Text colour is never set: it is inherited from the theme. Status is shown by a word and a symbol;
/// colour (Okabe–Ito, colour-blind safe, as translucent backgrounds and a left border) only repeats it.
/// </remarks>
internal static partial class ExerciseHtml
{
    /// <summary>The style sheet, scoped to <c>.nb-ex</c>. Each output carries it, so each is self-contained.</summary>
    internal const string Style =
        "<style>" +
        ".nb-ex{font-family:var(--vscode-font-family,system-ui,sans-serif);line-height:1.45;max-width:52em;margin:.4em 0;padding:.55em .9em;" +
        "border:1px solid rgba(128,128,128,.5);border-left-width:6px;border-radius:6px}" +
        ".nb-ex p{margin:.35em 0}.nb-ex-head{font-size:1.05em}" +
        ".nb-ex[data-status=passed]{border-left-color:#009E73;background:rgba(0,158,115,.12)}" +
        ".nb-ex[data-status=failed]{border-left-color:#D55E00;background:rgba(213,94,0,.12)}" +
        ".nb-ex[data-status=learner-error]{border-left-color:#E69F00;background:rgba(230,159,0,.14)}" +
        ".nb-ex[data-status=checker-fault]{border-left-color:#CC79A7;background:rgba(204,121,167,.14)}" +
        ".nb-ex[data-status=not-attempted],.nb-ex[data-status=info]{border-left-color:#56B4E9;background:rgba(86,180,233,.10)}" +
        ".nb-ex ul.nb-ex-criteria,.nb-ex ul.nb-ex-hints{list-style:none;padding-left:.2em;margin:.4em 0}.nb-ex ul.nb-ex-criteria li{margin:.25em 0}" +
        ".nb-ex-mark{display:inline-block;min-width:6.2em;font-weight:600}" +
        ".nb-ex code,.nb-ex pre{font-family:var(--vscode-editor-font-family,ui-monospace,monospace);background:rgba(128,128,128,.18);border-radius:3px}" +
        ".nb-ex code{padding:0 .25em}.nb-ex pre{padding:.5em .7em;overflow-x:auto;white-space:pre}" +
        ".nb-ex table{border-collapse:collapse;margin:.4em 0}.nb-ex th,.nb-ex td{border:1px solid rgba(128,128,128,.45);padding:.2em .6em;text-align:left}" +
        ".nb-ex details summary{cursor:pointer;font-weight:600}.nb-ex a{color:inherit;text-decoration:underline}" +
        ".nb-ex-notice{font-size:.92em;opacity:.9}" +
        "</style>";

    /// <summary>Opens the root element of an exercise output.</summary>
    internal static string Open(string part, string exerciseId, string status) =>
        $"{Style}<div class=\"nb-ex nb-ex-{part}\" data-exercise-id=\"{Encode(exerciseId)}\" data-status=\"{Encode(status)}\">";

    internal static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Encodes text, then turns <c>`code`</c> into &lt;code&gt; and <c>**bold**</c> into &lt;strong&gt;, and blank lines into paragraph breaks.</summary>
    internal static string Inline(string text)
    {
        var encoded = Encode(text);
        encoded = CodeSpan().Replace(encoded, "<code>$1</code>");
        encoded = BoldSpan().Replace(encoded, "<strong>$1</strong>");
        return encoded.ReplaceLineEndings("\n").Replace("\n\n", "</p><p>", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
    }

    /// <summary>Renders a code block.</summary>
    internal static string Code(string code) => "<pre><code>" + Encode(code) + "</code></pre>";

    /// <summary>Renders a list of sources as links, with the evidence level.</summary>
    internal static void AppendSources(StringBuilder html, IReadOnlyList<Science.Citation> sources, Science.EvidenceLevel evidence)
    {
        if (sources.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"nb-ex-sources\">Source").Append(sources.Count > 1 ? "s" : string.Empty).Append(": ");
        html.AppendJoin("; ", sources.Select(s =>
            $"<a href=\"{Encode(s.Link.ToString())}\">{Encode(s.ToString())}</a>"));
        html.Append(" · evidence level: <strong>").Append(Encode(Content.Loading.EvidenceNames.Display(evidence))).Append("</strong></p>");
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex BoldSpan();
}

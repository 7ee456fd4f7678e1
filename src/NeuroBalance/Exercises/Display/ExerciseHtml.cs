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
    /// <summary>The library's one style sheet (<see cref="NeuroBalance.Display.StyleSheet"/>); each output carries it, so each is self-contained.</summary>
    internal const string Style = NeuroBalance.Display.StyleSheet.Tag;

    /// <summary>Opens the root element of an exercise output.</summary>
    internal static string Open(string part, string exerciseId, string status) =>
        $"{Style}<div class=\"nb-ex nb-ex-{part}\" data-exercise-id=\"{Encode(exerciseId)}\" data-status=\"{Encode(status)}\">";

    internal static string Encode(string text) => NeuroBalance.Display.HtmlText.Encode(text);

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

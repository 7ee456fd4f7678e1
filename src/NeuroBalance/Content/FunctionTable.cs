using System.Text;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Content.Display;
using NeuroBalance.Internal;
using Html = NeuroBalance.Content.Display.Html;

namespace NeuroBalance.Content;

/// <summary>
/// What several transmitters do, side by side: one row per documented function (area, claim, numbered
/// references, evidence level), read from the knowledge base. Shown as a table in a notebook.
/// </summary>
/// <param name="Rows">The transmitter and one of its functions, in the order given.</param>
[TypeFormatterSource(typeof(FunctionTableFormatterSource))]
public sealed record FunctionTable(IReadOnlyList<(Transmitter Transmitter, TransmitterFunction Function)> Rows)
{
    /// <summary>The functions of the named transmitters, in the order named.</summary>
    /// <param name="transmitters">Names, abbreviations or aliases, e.g. "serotonin", "DA", "GABA". At least one.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidParameterException">No name is given, or a name is unknown (the message suggests close names).</exception>
    public static FunctionTable For(params string[] transmitters)
    {
        Preconditions.CheckNotNull(nameof(transmitters), transmitters);
        if (transmitters.Length == 0)
        {
            throw new InvalidParameterException("Name at least one transmitter, but none was given.", nameof(transmitters));
        }

        var found = transmitters.Select(t => KnowledgeBase.Default.TransmitterIndex.Find(nameof(transmitters), t));
        return new FunctionTable(found.SelectMany(t => t.Functions.Select(f => (t, f))).ToArray());
    }

    /// <summary>The HTML table with its numbered reference list.</summary>
    /// <returns>An HTML fragment.</returns>
    public string ToHtml()
    {
        var c = new CitationNumbers();
        var body = new StringBuilder("<h3>What the transmitters do</h3><table><thead><tr><th>Transmitter</th><th>Area</th><th>Finding</th></tr></thead><tbody>");
        foreach (var (t, f) in Rows)
        {
            body.Append("<tr><td><strong>").Append(Html.E(t.Name)).Append("</strong></td><td>").Append(Html.E(f.Area))
                .Append("</td><td>").Append(Html.E(f.Claim.Text)).Append(' ').Append(c.Cite(f.Claim.Sources)).Append("</td></tr>");
        }

        return Html.Wrap("functions", body.Append("</tbody></table>").ToString(), c);
    }

    /// <summary>One line per row: "Serotonin · mood: … (sources; evidence)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(Environment.NewLine, Rows.Select(r => FormattableString.Invariant($"{r.Transmitter.Name} · {r.Function.Area}: {r.Function.Claim.Text} ({r.Function.Claim.Sources})")));
}

/// <summary>Shows a <see cref="FunctionTable"/> as HTML (and as text for plain outputs).</summary>
internal sealed class FunctionTableFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<FunctionTable>((value, context) =>
        {
            context.Writer.Write(value.ToHtml());
            return true;
        });
        yield return new PlainTextFormatter<FunctionTable>((value, context) =>
        {
            context.Writer.Write(value.ToString());
            return true;
        });
    }
}

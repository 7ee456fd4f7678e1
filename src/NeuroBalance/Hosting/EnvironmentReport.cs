using System.Net;
using System.Text;
using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Hosting;

/// <summary>The result of <see cref="EnvironmentCheck.Run"/>: one line per check.</summary>
[TypeFormatterSource(typeof(EnvironmentReportFormatterSource))]
public sealed class EnvironmentReport
{
    internal EnvironmentReport(IReadOnlyList<EnvironmentCheckResult> checks) => Checks = checks;

    /// <summary>Gets every check, in order.</summary>
    public IReadOnlyList<EnvironmentCheckResult> Checks { get; }

    /// <summary>Gets whether no check failed (warnings allowed).</summary>
    public bool Ready => Checks.All(c => c.Status != CheckStatus.Failed);

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(Environment.NewLine, Checks.Select(c => c.ToString())) + Environment.NewLine + Summary;

    /// <summary>Renders the report as an HTML table.</summary>
    /// <returns>HTML.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"neurobalance-environment\"><thead><tr><th></th><th>Check</th><th>Found</th><th>Next step</th></tr></thead><tbody>");
        foreach (var check in Checks)
        {
            html.Append("<tr><td>").Append(check.Symbol).Append("</td><td>").Append(WebUtility.HtmlEncode(check.Name))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(check.Detail))
                .Append("</td><td>").Append(WebUtility.HtmlEncode(check.NextStep)).Append("</td></tr>");
        }

        return html.Append("</tbody></table><p><strong>").Append(WebUtility.HtmlEncode(Summary)).Append("</strong></p>").ToString();
    }

    private string Summary => Ready
        ? "Ready: everything the course needs is in place."
        : "Not ready: follow the next step on each line marked ✗, restart the kernel, and run the notebook again.";
}

/// <summary>Shows an <see cref="EnvironmentReport"/> as a table in notebooks.</summary>
internal sealed class EnvironmentReportFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<EnvironmentReport>((report, context) =>
        {
            context.Writer.Write(report.ToHtml());
            return true;
        });
        yield return new PlainTextFormatter<EnvironmentReport>((report, context) =>
        {
            context.Writer.Write(report.ToString());
            return true;
        });
    }
}

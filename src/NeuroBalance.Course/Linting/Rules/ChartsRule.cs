using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB009: charts come from library helpers returning <c>Figure</c> (which always has a description); no raw Plotly.NET.</summary>
public sealed partial class ChartsRule() : LintRule(new(LintRules.Charts, "Charts from the library", LintSeverity.Error,
    "Charts come from library helpers returning `NeuroBalance.Charts.Figure` (which always has a title, axis units and a description): no raw Plotly.NET in notebooks, no `new Figure(…, \"\", …)`. A cell that starts with the comment `" + OwnChartMarker + "` may use Plotly.NET (a learner's own chart, drawn offline by the library)"))
{
    /// <summary>A comment that marks a cell as the learner's own Plotly.NET chart (drawn offline by the library's GenericChart display), which this rule allows.</summary>
    public const string OwnChartMarker = "// Your own chart";

    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        foreach (var cell in target.Notebook.Cells.Where(c => !c.IsMarkdown))
        {
            var ownChart = cell.Lines.Any(l => l.TrimStart().StartsWith(OwnChartMarker, StringComparison.Ordinal));
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                if (RawPlotly().IsMatch(cell.Lines[i]) && !ownChart)
                {
                    report(cell.FileLine(i), "raw Plotly.NET in a notebook. Draw charts with a NeuroBalance helper that returns NeuroBalance.Charts.Figure (title, axis units and a description).");
                }
                else if (EmptyDescription().IsMatch(cell.Lines[i]))
                {
                    report(cell.FileLine(i), "this Figure has an empty description. Say in one or two sentences what the chart shows.");
                }
            }
        }
    }

    [GeneratedRegex("Plotly\\.NET|GenericChart|Chart2D|\\bChart\\.(Line|Scatter|Point|Bar|Column|Combine)\\b|#r\\s+\"nuget:\\s*Plotly")]
    private static partial Regex RawPlotly();

    [GeneratedRegex("new\\s+Figure\\s*\\(\\s*(?:title:\\s*)?@?\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*(?:description:\\s*)?\"\\s*\"")]
    private static partial Regex EmptyDescription();
}

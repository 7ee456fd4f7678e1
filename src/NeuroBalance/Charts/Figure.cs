using System.Collections.Immutable;
using NeuroBalance.Internal;

namespace NeuroBalance.Charts;

/// <summary>
/// A chart as the course shows it: a title, two labelled axes with units, one or more series, and a
/// short text description for readers who cannot see the plot.
/// </summary>
/// <remarks>
/// <para>Figures are immutable. In a notebook, a figure that is the value of a cell (or is passed to
/// <c>display(...)</c>) renders as an interactive Plotly chart that draws offline: see
/// <see cref="FigureHtml"/>.</para>
/// <para>Series are drawn with the colour-blind-safe <see cref="Palette.OkabeIto"/> colours and also
/// differ in line dash, so colour is never the only cue.</para>
/// </remarks>
public sealed class Figure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="title">The chart title. Must not be blank.</param>
    /// <param name="description">One or two sentences that say what the chart shows. Must not be blank.</param>
    /// <param name="xAxis">The horizontal axis.</param>
    /// <param name="yAxis">The vertical axis.</param>
    /// <param name="series">At least one series. On a log axis, every value must be &gt; 0.</param>
    /// <exception cref="InvalidParameterException">A text is blank, there is no series, or a value cannot be shown on a log axis.</exception>
    public Figure(string title, string description, Axis xAxis, Axis yAxis, IEnumerable<Series> series)
    {
        Title = Preconditions.CheckNotBlank(nameof(title), title);
        Description = Preconditions.CheckNotBlank(nameof(description), description);
        XAxis = Preconditions.CheckNotNull(nameof(xAxis), xAxis);
        YAxis = Preconditions.CheckNotNull(nameof(yAxis), yAxis);
        Series = Preconditions.CheckNotNull(nameof(series), series).ToImmutableArray();
        if (Series.Count == 0)
        {
            throw new InvalidParameterException("A figure needs at least one series, but none was given.", nameof(series));
        }

        foreach (var s in Series)
        {
            CheckFitsScale(XAxis, s.X, FormattableString.Invariant($"Series '{s.Name}'"), "x");
            CheckFitsScale(YAxis, s.Y, FormattableString.Invariant($"Series '{s.Name}'"), "y");
        }
    }

    /// <summary>Gets the chart title.</summary>
    public string Title { get; }

    /// <summary>Gets the short text description of what the chart shows.</summary>
    public string Description { get; }

    /// <summary>Gets the horizontal axis.</summary>
    public Axis XAxis { get; }

    /// <summary>Gets the vertical axis.</summary>
    public Axis YAxis { get; }

    /// <summary>Gets the series, in legend order.</summary>
    public IReadOnlyList<Series> Series { get; }

    /// <summary>Renders the figure as a self-contained HTML fragment that includes plotly.js.</summary>
    /// <returns>HTML that draws without network access.</returns>
    public string ToHtml() => FigureHtml.Render(this, includePlotlyScript: true);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Title}: {Description} [x: {XAxis.Title}; y: {YAxis.Title}; series: {string.Join(", ", Series.Select(s => s.Name))}]");

    /// <summary>Rejects a value that a logarithmic axis cannot show (≤ 0); <paramref name="what"/> names the series, e.g. "Series 'DA'".</summary>
    internal static void CheckFitsScale(Axis axis, IReadOnlyList<double> values, string what, string which)
    {
        if (axis.Scale == AxisScale.Log && values.Any(v => v <= 0))
        {
            var bad = values.First(v => v <= 0);
            throw new InvalidParameterException(
                FormattableString.Invariant($"{what} has the {which} value {Preconditions.Format(bad)}, which cannot be shown on the logarithmic axis '{axis.Title}'; values must be > 0."),
                "series");
        }
    }
}

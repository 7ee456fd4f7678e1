using NeuroBalance.Internal;

namespace NeuroBalance.Charts;

/// <summary>An axis of a <see cref="Figure"/>: what is plotted, in which unit, on which scale.</summary>
/// <remarks>The axis title reads "<c>Label (Unit)</c>", so a chart can never show a number without its unit.</remarks>
public sealed record Axis
{
    /// <summary>Creates an axis.</summary>
    /// <param name="label">What the axis shows, e.g. "Ligand concentration". Must not be blank.</param>
    /// <param name="unit">The unit, e.g. "nM", or "fraction" for a dimensionless ratio. Must not be blank.</param>
    /// <param name="scale">Linear (default) or logarithmic.</param>
    /// <exception cref="InvalidParameterException">The label or unit is blank.</exception>
    public Axis(string label, string unit, AxisScale scale = AxisScale.Linear)
    {
        Label = Preconditions.CheckNotBlank(nameof(label), label);
        Unit = Preconditions.CheckNotBlank(nameof(unit), unit);
        Scale = scale;
    }

    /// <summary>Gets what the axis shows.</summary>
    public string Label { get; }

    /// <summary>Gets the unit of the values on the axis.</summary>
    public string Unit { get; }

    /// <summary>Gets the axis scale.</summary>
    public AxisScale Scale { get; }

    /// <summary>Gets the title shown on the chart: "Label (Unit)".</summary>
    public string Title => FormattableString.Invariant($"{Label} ({Unit})");
}

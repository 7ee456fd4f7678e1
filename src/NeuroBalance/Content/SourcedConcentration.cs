using System.Globalization;
using NeuroBalance.Content.Loading;
using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Content;

/// <summary>
/// A concentration read from the knowledge base, with the label, sources and evidence level of the
/// measurement it came from. Immutable.
/// </summary>
/// <remarks>
/// <para>Reads <see cref="Measurement"/> values whose unit is nM, µM or mM, and p-values (kind pKd or pKi, unit "-log M"),
/// converted with K<sub>d</sub> = 10<sup>−pK<sub>d</sub></sup> M = 10<sup>9 − pK<sub>d</sub></sup> nM.
/// A range (min–max) gives <see cref="Low"/> and <see cref="High"/>; a single value gives the same for both.</para>
/// </remarks>
/// <param name="Label">What was measured, e.g. "5-HT2A Kd for serotonin".</param>
/// <param name="Low">The value, or the low end of a range.</param>
/// <param name="High">The value, or the high end of a range.</param>
/// <param name="Sources">The references and evidence level of the measurement.</param>
/// <param name="Note">Method and species notes from the knowledge base; may be empty.</param>
public sealed record SourcedConcentration(string Label, Concentration Low, Concentration High, Sources Sources, string Note)
{
    /// <summary>Gets whether the value is a range rather than a single number.</summary>
    public bool IsRange => Low != High;

    /// <summary>Gets the single value, or the geometric mean of a range.</summary>
    public Concentration Typical => IsRange ? Concentration.FromNanomolar(Math.Sqrt(Low.Nanomolar * High.Nanomolar)) : Low;

    /// <summary>Converts a knowledge-base measurement to a concentration.</summary>
    /// <param name="label">A label for charts and tables. Must not be blank.</param>
    /// <param name="measurement">The measurement; its unit must be nM, µM or mM, or its kind pKd or pKi.</param>
    /// <returns>The concentration, with the measurement's sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurement"/> is null.</exception>
    /// <exception cref="InvalidParameterException">The label is blank, or the unit is not a concentration or the value is missing.</exception>
    public static SourcedConcentration FromMeasurement(string label, Measurement measurement)
    {
        Preconditions.CheckNotBlank(nameof(label), label);
        Preconditions.CheckNotNull(nameof(measurement), measurement);
        var low = measurement.Value ?? measurement.Min;
        var high = measurement.Value ?? measurement.Max ?? low;
        if (low is null || high is null)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"The measurement \"{measurement.Quantity}\" has no value or range."), nameof(measurement));
        }

        Func<double, double> toNanomolar = measurement switch
        {
            { Kind: var k } when MeasurementNames.IsPValue(k) => p => Math.Pow(10, 9 - p),
            { Unit: var u } when MeasurementNames.NanomolarPer(u) is { } factor => v => v * factor,
            _ => throw new InvalidParameterException(
                FormattableString.Invariant($"The measurement \"{measurement.Quantity}\" is a {MeasurementNames.Name(measurement.Kind)} in {measurement.UnitSymbol}, not a concentration (nM, µM, mM) or a pKd/pKi."), nameof(measurement)),
        };
        return new SourcedConcentration(
            label,
            Concentration.FromNanomolar(toNanomolar(low.Value)),
            Concentration.FromNanomolar(toNanomolar(high.Value)),
            measurement.Sources,
            measurement.Note);
    }

    /// <summary>The label, value and sources, e.g. "ambient GABA: 200 nM–2.5 µM (Glykys &amp; Mody 2007; rodent)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label}: {(IsRange ? $"{Low}–{High}" : Low.ToString())} ({Sources})");
}

using System.Collections.Immutable;
using NeuroBalance.Internal;

namespace NeuroBalance.Charts;

/// <summary>
/// One precomputed state of a <see cref="SliderFigure"/>: the series to show when the slider is at this
/// step, for example the curves for "tryptophan = 50 µM". Immutable.
/// </summary>
public sealed class SliderFrame
{
    /// <summary>Creates a frame.</summary>
    /// <param name="label">The slider step's label, usually the parameter value, e.g. "50". Must not be blank.</param>
    /// <param name="series">At least one series. The series at index i gets the same colour and dash in every frame.</param>
    /// <exception cref="InvalidParameterException">The label is blank or there is no series.</exception>
    public SliderFrame(string label, IEnumerable<Series> series)
    {
        Label = Preconditions.CheckNotBlank(nameof(label), label);
        Series = Preconditions.CheckNotNull(nameof(series), series).ToImmutableArray();
        if (Series.Count == 0)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"The slider frame '{Label}' needs at least one series, but none was given."), nameof(series));
        }
    }

    /// <summary>Gets the slider step's label.</summary>
    public string Label { get; }

    /// <summary>Gets the series shown at this step, in legend order.</summary>
    public IReadOnlyList<Series> Series { get; }
}

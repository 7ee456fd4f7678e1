using System.Collections.Immutable;
using NeuroBalance.Internal;

namespace NeuroBalance.Charts;

/// <summary>
/// A chart whose parameter the learner changes <em>inside the chart</em>, with a Plotly slider over
/// precomputed frames. It needs no kernel once drawn, so it works in a static page (the course site)
/// as well as in a notebook.
/// </summary>
/// <remarks>
/// <para>Every frame's series are in the chart; the slider shows one frame at a time (Plotly
/// <c>restyle</c> of the traces' <c>visible</c> flags). The series at index i has the same
/// <see cref="Palette.OkabeIto"/> colour and line dash in every frame, and both axis ranges are fixed
/// to cover all frames, so a change is seen as movement and not hidden by re-scaling.</para>
/// <para>Like <see cref="Figure"/>, it has a title, axes with units and a text description; the
/// caption also says which parameter the slider changes.</para>
/// </remarks>
public sealed class SliderFigure
{
    /// <summary>The most frames a slider may have; more make the page heavy and the steps too fine to pick.</summary>
    public const int MaxFrames = 60;

    /// <summary>Creates a slider figure.</summary>
    /// <param name="title">The chart title. Must not be blank.</param>
    /// <param name="description">One or two sentences that say what the chart shows. Must not be blank.</param>
    /// <param name="xAxis">The horizontal axis.</param>
    /// <param name="yAxis">The vertical axis.</param>
    /// <param name="parameter">What the slider changes, with its unit, e.g. "Blood tryptophan (µM)". Must not be blank.</param>
    /// <param name="frames">The precomputed frames, in slider order. Range: 2 to <see cref="MaxFrames"/> frames.</param>
    /// <param name="initialFrame">The frame shown first. Range: 0 to the number of frames − 1.</param>
    /// <exception cref="InvalidParameterException">A text is blank, a value cannot be shown on a log axis, or the frame count is out of range.</exception>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="initialFrame"/> is not the index of a frame.</exception>
    public SliderFigure(string title, string description, Axis xAxis, Axis yAxis, string parameter, IEnumerable<SliderFrame> frames, int initialFrame = 0)
    {
        Title = Preconditions.CheckNotBlank(nameof(title), title);
        Description = Preconditions.CheckNotBlank(nameof(description), description);
        XAxis = Preconditions.CheckNotNull(nameof(xAxis), xAxis);
        YAxis = Preconditions.CheckNotNull(nameof(yAxis), yAxis);
        Parameter = Preconditions.CheckNotBlank(nameof(parameter), parameter);
        Frames = Preconditions.CheckNotNull(nameof(frames), frames).ToImmutableArray();
        if (Frames.Count is < 2 or > MaxFrames)
        {
            throw new InvalidParameterException(
                FormattableString.Invariant($"A slider figure needs 2 to {MaxFrames} frames, but {Frames.Count} were given."), nameof(frames));
        }

        InitialFrame = (int)Preconditions.CheckRange(nameof(initialFrame), initialFrame, 0, Frames.Count - 1);
        foreach (var frame in Frames)
        {
            foreach (var s in frame.Series)
            {
                Figure.CheckFitsScale(XAxis, s.X, FormattableString.Invariant($"Series '{s.Name}' of frame '{frame.Label}'"), "x");
                Figure.CheckFitsScale(YAxis, s.Y, FormattableString.Invariant($"Series '{s.Name}' of frame '{frame.Label}'"), "y");
            }
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

    /// <summary>Gets what the slider changes, with its unit.</summary>
    public string Parameter { get; }

    /// <summary>Gets the frames, in slider order.</summary>
    public IReadOnlyList<SliderFrame> Frames { get; }

    /// <summary>Gets the index of the frame shown first.</summary>
    public int InitialFrame { get; }

    /// <summary>Gets the figure of one frame on its own (a static chart, for example for a printed handout).</summary>
    /// <param name="index">The frame index. Range: 0 to the number of frames − 1.</param>
    /// <returns>A <see cref="Figure"/> with the frame's series.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="index"/> is not the index of a frame.</exception>
    public Figure FrameFigure(int index)
    {
        var frame = Frames[(int)Preconditions.CheckRange(nameof(index), index, 0, Frames.Count - 1)];
        return new Figure(FormattableString.Invariant($"{Title} ({Parameter} = {frame.Label})"), Description, XAxis, YAxis, frame.Series);
    }

    /// <summary>Renders the figure as a self-contained HTML fragment that includes plotly.js.</summary>
    /// <returns>HTML that draws, and whose slider works, without network access or a kernel.</returns>
    public string ToHtml() => SliderFigureHtml.Render(this, includePlotlyScript: true);

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Title}: {Description} [x: {XAxis.Title}; y: {YAxis.Title}; slider: {Parameter} = {string.Join(", ", Frames.Select(f => f.Label))}]");
}

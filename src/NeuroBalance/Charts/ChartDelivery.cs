namespace NeuroBalance.Charts;

/// <summary>
/// One session's choice of how chart outputs carry plotly.js, and whether the page already has it.
/// Owned by <see cref="Hosting.CourseSession.Charts"/>; <see cref="PlotlyDelivery"/> is the notebook facade. Thread-safe.
/// </summary>
public sealed class ChartDelivery
{
    private int mode;
    private int delivered;

    /// <summary>Creates the delivery state of a session.</summary>
    /// <param name="mode">The delivery mode. Default: <see cref="PlotlyDeliveryMode.EveryChart"/>.</param>
    public ChartDelivery(PlotlyDeliveryMode mode = PlotlyDeliveryMode.EveryChart) => this.mode = (int)mode;

    /// <summary>Gets or sets the delivery mode.</summary>
    public PlotlyDeliveryMode Mode
    {
        get => (PlotlyDeliveryMode)Volatile.Read(ref mode);
        set => Volatile.Write(ref mode, (int)value);
    }

    /// <summary>Makes the next chart carry plotly.js again.</summary>
    public void Reset() => Interlocked.Exchange(ref delivered, 0);

    /// <summary>Returns whether the chart being rendered now must include plotly.js, and records it.</summary>
    /// <returns>True when the chart's HTML must carry plotly.js.</returns>
    public bool ClaimScript() =>
        Mode == PlotlyDeliveryMode.EveryChart || Interlocked.Exchange(ref delivered, 1) == 0;
}

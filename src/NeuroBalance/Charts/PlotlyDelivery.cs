namespace NeuroBalance.Charts;

/// <summary>How notebook chart output carries plotly.js.</summary>
public enum PlotlyDeliveryMode
{
    /// <summary>
    /// The first chart of a kernel session carries the plotly.js bundle (about 3.5 MB); later charts
    /// reuse the copy already loaded in the page. VS Code shows all outputs of a notebook in one page,
    /// so this is enough there. This is the default.
    /// </summary>
    OncePerSession,

    /// <summary>Every chart carries its own copy of plotly.js. Heavier, but each output stands alone.</summary>
    EveryChart,
}

/// <summary>
/// Decides, for each chart that a notebook shows, whether its HTML must carry plotly.js.
/// </summary>
/// <remarks>
/// No chart ever loads plotly.js or require.js from a CDN, so charts draw offline. Call
/// <see cref="Reset"/> (or restart the kernel) if the page lost its copy, for example after clearing
/// every output in VS Code and reloading the window.
/// </remarks>
public static class PlotlyDelivery
{
    private static int delivered;

    /// <summary>Gets or sets the delivery mode. Default: <see cref="PlotlyDeliveryMode.OncePerSession"/>.</summary>
    public static PlotlyDeliveryMode Mode { get; set; } = PlotlyDeliveryMode.OncePerSession;

    /// <summary>Makes the next chart carry plotly.js again.</summary>
    public static void Reset() => Interlocked.Exchange(ref delivered, 0);

    /// <summary>Returns whether the chart being rendered now must include plotly.js, and records it.</summary>
    internal static bool ClaimScript() =>
        Mode == PlotlyDeliveryMode.EveryChart || Interlocked.Exchange(ref delivered, 1) == 0;
}

namespace NeuroBalance.Charts;

/// <summary>How notebook chart output carries plotly.js.</summary>
public enum PlotlyDeliveryMode
{
    /// <summary>
    /// Every chart output carries plotly.js, gzip-compressed (about 1.45 MB), so that every saved output
    /// draws by itself after re-runs, saving and reopening. This is the default.
    /// </summary>
    EveryChart,

    /// <summary>
    /// Only the first chart of a kernel session carries plotly.js; later charts find it in the page.
    /// Smaller, but re-running the first chart cell and then saving leaves no output that carries it.
    /// </summary>
    OncePerSession,
}

/// <summary>
/// Decides, for each chart that a notebook shows, whether its HTML must carry plotly.js: a facade over
/// the current session's <see cref="ChartDelivery"/>.
/// </summary>
/// <remarks>
/// No chart ever loads plotly.js or require.js from a CDN, so charts draw offline. In
/// <see cref="PlotlyDeliveryMode.OncePerSession"/> mode, call <see cref="Reset"/> (or restart the
/// kernel) if the page lost its copy.
/// </remarks>
public static class PlotlyDelivery
{
    /// <summary>Gets or sets the delivery mode of the current session (<see cref="Hosting.CourseSession.Charts"/>). Default: <see cref="PlotlyDeliveryMode.EveryChart"/>.</summary>
    public static PlotlyDeliveryMode Mode
    {
        get => Hosting.CourseSession.Current.Charts.Mode;
        set => Hosting.CourseSession.Current.Charts.Mode = value;
    }

    /// <summary>Makes the next chart of the current session carry plotly.js again.</summary>
    public static void Reset() => Hosting.CourseSession.Current.Charts.Reset();

    /// <summary>Returns whether the chart being rendered now must include plotly.js, and records it.</summary>
    internal static bool ClaimScript() => Hosting.CourseSession.Current.Charts.ClaimScript();
}

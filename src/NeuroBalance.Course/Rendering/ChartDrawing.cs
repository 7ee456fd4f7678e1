namespace NeuroBalance.Course.Rendering;

/// <summary>Whether one chart output actually drew in the browser.</summary>
/// <param name="CellNumber">The notebook cell that produced the chart.</param>
/// <param name="Title">The figure title where NeuroBalance made the chart; otherwise "(Plotly chart)".</param>
/// <param name="Drew">Whether Plotly created its <c>svg.main-svg</c> for this chart.</param>
public sealed record ChartDrawing(int CellNumber, string Title, bool Drew);

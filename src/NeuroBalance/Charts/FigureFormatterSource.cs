using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Charts;

/// <summary>
/// Tells the .NET Interactive formatter how to show a <see cref="Figure"/>: as an offline Plotly
/// chart for <c>text/html</c>, and as its title and description for <c>text/plain</c>.
/// </summary>
/// <remarks>
/// Found by convention through <see cref="TypeFormatterSourceAttribute"/> on <see cref="Figure"/>,
/// so nothing has to be registered by the notebook.
/// </remarks>
internal sealed class FigureFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<Figure>((figure, context) =>
        {
            context.Writer.Write(FigureHtml.RenderForNotebook(figure));
            return true;
        });
        yield return new PlainTextFormatter<Figure>((figure, context) =>
        {
            context.Writer.Write(figure.ToString());
            return true;
        });
    }
}

using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Charts;

/// <summary>
/// Tells the .NET Interactive formatter how to show a <see cref="SliderFigure"/>: as an offline Plotly
/// chart with a slider for <c>text/html</c>, and as its title, description and frames for <c>text/plain</c>.
/// </summary>
internal sealed class SliderFigureFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters()
    {
        yield return new HtmlFormatter<SliderFigure>((figure, context) =>
        {
            context.Writer.Write(SliderFigureHtml.RenderForNotebook(figure));
            return true;
        });
        yield return new PlainTextFormatter<SliderFigure>((figure, context) =>
        {
            context.Writer.Write(figure.ToString());
            return true;
        });
    }
}

using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Charts;
using NeuroBalance.Content;
using NeuroBalance.Content.Display;
using NeuroBalance.Display;
using NeuroBalance.Tables;

namespace NeuroBalance.Display.Notebook;

/// <summary>
/// Tells a notebook how to show the library's types: HTML (plus plain text for text-only outputs) for charts,
/// tables and knowledge-base objects. The types themselves know nothing of display; this is the one place that
/// connects them to the .NET Interactive formatter.
/// </summary>
internal static class NotebookFormatters
{
#pragma warning disable CA2255 // Registering the formatters when the library loads is what makes `display(x)` and a cell's last value render.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        Show<Figure>(FigureHtml.RenderForNotebook);
        Show<SliderFigure>(SliderFigureHtml.RenderForNotebook);
        Show<Table>(TableHtml.Render);
        Show<Transmitter>(ContentHtml.Render);
        Show<SynthesisPathway>(ContentHtml.Render);
        Show<ReceptorTable>(ContentHtml.Render);
        Show<HormoneEffectMatrix>(ContentHtml.Render);
        Show<HormoneEffectTable>(ContentHtml.Render);
        Show<GlossaryEntry>(ContentHtml.Render);
        Show<GlossaryList>(ContentHtml.Render);
        Show<ReferenceList>(ContentHtml.Render);
        Show<OriginStory>(ContentHtml.Render);
        Show<FunctionTable>(ContentHtml.Render);
    }

    private static void Show<T>(Func<T, string> html)
        where T : class
    {
        Formatter.Register(new HtmlFormatter<T>((value, context) =>
        {
            context.Writer.Write(html(value));
            return true;
        }));
        Formatter.Register(new PlainTextFormatter<T>((value, context) =>
        {
            context.Writer.Write(value.ToString());
            return true;
        }));
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType);
    }
}

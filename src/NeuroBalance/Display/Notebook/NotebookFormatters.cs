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
        foreach (var type in KnowledgeBaseTypes)
        {
            Show(type, ContentHtml.Render);
        }
    }

    /// <summary>The knowledge-base types <see cref="ContentHtml.Render"/> draws.</summary>
    private static readonly Type[] KnowledgeBaseTypes =
    [
        typeof(Transmitter), typeof(SynthesisPathway), typeof(ReceptorTable), typeof(HormoneEffectMatrix), typeof(HormoneEffectTable),
        typeof(GlossaryEntry), typeof(GlossaryList), typeof(ReferenceList), typeof(OriginStory), typeof(FunctionTable),
    ];

    private static void Show<T>(Func<T, string> html)
        where T : class =>
        Show(typeof(T), value => html((T)value));

    private static void Show(Type type, Func<object, string> html)
    {
        Formatter.Register(type, (value, context) =>
        {
            context.Writer.Write(html(value));
            return true;
        }, HtmlFormatter.MimeType);
        Formatter.Register(type, (value, context) =>
        {
            context.Writer.Write(value.ToString());
            return true;
        }, PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType);
    }
}

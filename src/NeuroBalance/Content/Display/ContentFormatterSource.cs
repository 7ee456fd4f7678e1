using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Content.Display;

/// <summary>
/// Tells the .NET Interactive formatter how to show knowledge-base objects: <c>text/html</c> from
/// <see cref="ContentHtml"/>, <c>text/plain</c> from <c>ToString()</c>. Found through
/// <see cref="TypeFormatterSourceAttribute"/> on each display type, so notebooks register nothing.
/// </summary>
internal sealed class ContentFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters()
    {
        foreach (var formatter in For<Transmitter>().Concat(For<SynthesisPathway>()).Concat(For<ReceptorTable>())
                     .Concat(For<HormoneEffectMatrix>()).Concat(For<HormoneEffectTable>()).Concat(For<GlossaryEntry>()).Concat(For<GlossaryList>())
                     .Concat(For<ReferenceList>()).Concat(For<OriginStory>()))
        {
            yield return formatter;
        }
    }

    private static IEnumerable<ITypeFormatter> For<T>()
        where T : class
    {
        yield return new HtmlFormatter<T>((value, context) =>
        {
            context.Writer.Write(ContentHtml.Render(value));
            return true;
        });
        yield return new PlainTextFormatter<T>((value, context) =>
        {
            context.Writer.Write(value.ToString());
            return true;
        });
    }
}

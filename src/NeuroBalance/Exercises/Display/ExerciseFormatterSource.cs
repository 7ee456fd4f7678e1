using Microsoft.DotNet.Interactive.Formatting;

namespace NeuroBalance.Exercises.Display;

/// <summary>
/// Tells the .NET Interactive formatter how to show exercises, feedback, hints, solutions and
/// progress: as HTML for <c>text/html</c> and as text for <c>text/plain</c>.
/// </summary>
/// <remarks>Found through <see cref="TypeFormatterSourceAttribute"/> on each type, so notebooks register nothing.</remarks>
internal sealed class ExerciseFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters() =>
    [
        Html<Feedback>(f => f.ToHtml()),
        Text<Feedback>(),
        Html<ExerciseNote>(n => n.ToHtml()),
        Text<ExerciseNote>(),
        Html<ProgressSummary>(p => p.ToHtml()),
        Text<ProgressSummary>(),
        Html<Exercise>(e => e.ToHtml()),
        Text<Exercise>(),
    ];

    private static HtmlFormatter<T> Html<T>(Func<T, string> render) =>
        new((value, context) =>
        {
            context.Writer.Write(render(value));
            return true;
        });

    private static PlainTextFormatter<T> Text<T>() =>
        new((value, context) =>
        {
            context.Writer.Write(value?.ToString());
            return true;
        });
}

using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace NeuroBalance.Charts;

/// <summary>
/// Shows any Plotly.NET chart (<see cref="GenericChart"/>, from the C# or the F#-style API, with or
/// without Plotly.NET's defaults) in a notebook through the course's offline delivery: the same
/// figure HTML and plotly.js carrier as <see cref="Figure"/>, so a learner's own chart draws without
/// network and survives re-runs and saving.
/// </summary>
/// <remarks>
/// Registered when the library loads (a module initializer), so <c>#r</c> of the course DLL is enough.
/// It replaces Plotly.NET.Interactive's formatter, whose HTML loads plotly.js and require.js from CDNs
/// (see docs/architecture.md).
/// </remarks>
internal static class GenericChartDisplay
{
    private static int registered;

    /// <summary>Gets whether the formatter is registered.</summary>
    public static bool IsRegistered => Volatile.Read(ref registered) == 1;

    /// <summary>Renders a Plotly.NET chart as offline notebook HTML.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="includePlotlyScript">Whether the output carries plotly.js.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Render(GenericChart chart, bool includePlotlyScript)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var json = GenericChart.toFigureJson(chart);
        var title = TitleOf(json) ?? "Your Plotly.NET chart";
        var traces = JsonNode.Parse(json)?["data"]?.AsArray().Count ?? 0;
        var description = FormattableString.Invariant($"A chart made with Plotly.NET, {traces} trace(s); hover for values.");
        return FigureHtml.RenderPlot(title, description, json, includePlotlyScript, heightPixels: 420);
    }

#pragma warning disable CA2255 // Registering the formatter when the library loads is what makes learners' charts work.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        Hosting.FSharpCoreRedirect.Install(); // before any Plotly.NET type loads

        Formatter.Register(new HtmlFormatter<GenericChart>((chart, context) =>
        {
            context.Writer.Write(Render(chart, PlotlyDelivery.ClaimScript()));
            return true;
        }));
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), "text/html");
    }

    private static string? TitleOf(string json)
    {
        var title = JsonNode.Parse(json)?["layout"]?["title"];
        return title switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o => o["text"]?.GetValue<string>(),
            _ => null,
        };
    }
}

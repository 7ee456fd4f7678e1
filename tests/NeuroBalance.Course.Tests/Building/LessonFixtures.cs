using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Tests.Building;

/// <summary>Lessons with made-up kernel results, for the writers (no kernel needed).</summary>
internal static class LessonFixtures
{
    internal const string Dib = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

        #!markdown

        # Title with <b>markup</b>

        ## Learning objectives

        - read *emphasis*;
        - see a chart.

        #!csharp

        var s = "<script>alert('code')</script>";
        Console.WriteLine(s);

        #!csharp

        undefinedName
        """;

    /// <summary>A lesson whose first code cell passed (stdout with markup, an HTML output) and second failed.</summary>
    internal static LessonBuild PassedThenFailed(string plotly = "PLOTLY-BUNDLE")
    {
        var dib = DibFile.Parse(Dib, "notebooks/99-test.dib");
        var cells = dib.Cells;
        var results = new[]
        {
            CellResult.NotExecuted(cells[0], CellStatus.Markdown),
            new CellResult(cells[1], CellStatus.Passed,
            [
                new CellOutput(CellOutputKind.StandardOutput, "text/plain", "<script>alert('stdout')</script>\n", 0),
                new CellOutput(CellOutputKind.StandardOutput, "text/plain", "second line\n", 1),
                new CellOutput(CellOutputKind.Display, "text/html", ChartOutput(plotly), 3),
                new CellOutput(CellOutputKind.Display, "text/plain", "chart as text", 3),
            ], [], TimeSpan.FromSeconds(1.5)),
            new CellResult(cells[2], CellStatus.Failed, [], ["(1,1): error CS0103: The name 'undefinedName' does not exist <here>"], TimeSpan.FromSeconds(0.25)),
        };
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), "99-test.dib"));
        return new LessonBuild(file, "notebooks/99-test.dib", "99-test", "Test", LessonOutline.Read(dib, "99-test"), dib, null,
            new NotebookResult("notebooks/99-test.dib", results, TimeSpan.FromSeconds(3)));
    }

    /// <summary>A lesson (<see cref="Dib"/>) whose first code cell passed with the given outputs.</summary>
    internal static LessonBuild WithOutputs(IReadOnlyList<CellOutput> outputs)
    {
        var dib = DibFile.Parse(Dib, "notebooks/97-outputs.dib");
        var cells = dib.Cells;
        var results = new[]
        {
            CellResult.NotExecuted(cells[0], CellStatus.Markdown),
            new CellResult(cells[1], CellStatus.Passed, outputs.Select((o, i) => o with { Event = i }).ToArray(), [], TimeSpan.FromSeconds(1)),
            CellResult.NotExecuted(cells[2], CellStatus.NotRun),
        };
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), "97-outputs.dib"));
        return new LessonBuild(file, "notebooks/97-outputs.dib", "97-outputs", "Test", LessonOutline.Read(dib, "97-outputs"), dib, null,
            new NotebookResult("notebooks/97-outputs.dib", results, TimeSpan.FromSeconds(1)));
    }

    /// <summary>A chart output shaped as the library writes it: marked figure, figure data, plotly.js carrier, draw script.</summary>
    internal static string ChartOutput(string plotly = "PLOTLY-BUNDLE") =>
        $"<figure {HtmlMarkers.Mark(HtmlMarkers.Chart)}><div id=\"c\" {HtmlMarkers.Mark(HtmlMarkers.ChartPlot)}></div><script type=\"application/json\" {HtmlMarkers.Mark(HtmlMarkers.ChartFigure)}>{{\"data\":[],\"layout\":{{}}}}</script><figcaption>chart</figcaption></figure>"
        + $"<script type=\"application/x-neurobalance-plotly-gzip-base64\" {HtmlMarkers.Mark(HtmlMarkers.PlotlyBundle)}>{plotly}</script><script {HtmlMarkers.Mark(HtmlMarkers.ChartDraw)}>Plotly.newPlot(el)</script>";

    /// <summary>A lesson that could not be read.</summary>
    internal static LessonBuild Malformed() =>
        new(new FileInfo(Path.Combine(Path.GetTempPath(), "98-bad.dib")), "notebooks/98-bad.dib", "98-bad", "Test", new LessonOutline("98-bad", []), null,
            "notebooks/98-bad.dib:3: the '#!meta' block is not valid JSON: <oops>", null);
}

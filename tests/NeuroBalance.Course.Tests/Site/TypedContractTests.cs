using NeuroBalance.Course;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>
/// Guards the typed contracts between the library and the tooling (issue 16): charts are found by their
/// <c>data-neurobalance</c> markers, never by script text, and the tooling reads no type or member by name.
/// </summary>
public sealed class TypedContractTests
{
    private static readonly DirectoryInfo Root = CourseRepository.Locate(AppContext.BaseDirectory).Root;

    private static IEnumerable<FileInfo> Sources(string folder) =>
        new DirectoryInfo(Path.Combine(Root.FullName, folder)).EnumerateFiles("*.cs", SearchOption.AllDirectories)
            .Where(f => !f.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string[] Offenders(IEnumerable<FileInfo> files, params string[] texts) =>
        files.SelectMany(f => File.ReadLines(f.FullName).Select((line, i) => (f, line, i)))
            .Where(x => texts.Any(t => x.line.Contains(t, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(Root.FullName, x.f.FullName)}:{x.i + 1}: {x.line.Trim()}")
            .ToArray();

    [Fact]
    public void ToolingAndTests_FindChartsByMarker_NotByTheDrawCall()
    {
        // Built from parts, so that this file does not match itself.
        var drawCall = "\"Plotly" + ".newPlot(\"";

        var offenders = Offenders(Sources("src/NeuroBalance.Course").Concat(Sources("src/NeuroBalance.Cli")).Concat(Sources("tests")), drawCall);

        Assert.True(offenders.Length == 0, "find charts by HtmlMarkers.Chart instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Tooling_ReadsNoTypeOrMemberByName()
    {
        var offenders = Offenders(Sources("src/NeuroBalance.Course"), "GetType(\"", ".GetProperty(", ".GetMethod(");

        Assert.True(offenders.Length == 0, "the tooling takes typed data, not reflection:\n" + string.Join("\n", offenders));
    }
}

using System.Text.Json.Nodes;
using NeuroBalance.Course;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Export;

namespace NeuroBalance.Course.Tests.Export;

/// <summary>
/// An exported .ipynb runs where it is written: relative paths are rewritten for its folder, lesson links
/// point to the .ipynb, and its first code cell checks the library it loads (no kernel needed here; the
/// real-kernel runs are in JupyterNotebookTests).
/// </summary>
public sealed class IpynbPlacementTests
{
    private const string Dib = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

        #!markdown

        # A lesson

        Before this, read [00 · Start here](00-start-here.dib) and [the lesson page](../docs/lessons.md#run-times);
        [the web](https://example.org/x.dib) stays.

        #!csharp

        #r "../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll"
        NeuroBalance.Lessons.CourseLessons.Load();

        #!html

        <p>hi</p>
        """;

    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    private static JsonArray Cells(string folderInArtifacts)
    {
        var to = new DirectoryInfo(Path.Combine(Repository.Root.FullName, "artifacts", folderInArtifacts));
        var json = IpynbWriter.ToJson(DibFile.Parse(Dib, "notebooks/99-test.dib"), new IpynbPlacement(Repository, Repository.NotebooksFolder, to));
        return JsonNode.Parse(json)!["cells"]!.AsArray();
    }

    private static string Source(JsonNode cell) => string.Concat(cell["source"]!.AsArray().Select(l => l!.GetValue<string>()));

    [Fact]
    public void Ipynb_InArtifactsCourse_LoadsTheLibraryRelativeToItsFolder()
    {
        var cells = Cells("course");

        var load = cells.Single(c => Source(c!).StartsWith("#r ", StringComparison.Ordinal))!;
        Assert.StartsWith("#r \"../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\"", Source(load), StringComparison.Ordinal);
    }

    [Fact]
    public void Ipynb_FirstCodeCell_ChecksTheLibrary_AndNamesFolderAndBuildCommand()
    {
        var cells = Cells("student/notebooks");

        var first = Source(cells.First(c => c!["cell_type"]!.GetValue<string>() == "code")!);
        Assert.Contains("System.IO.Path.GetFullPath(\"../../../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\")", first, StringComparison.Ordinal);
        Assert.Contains("System.IO.Path.GetFullPath(\"../../..\")", first, StringComparison.Ordinal);
        Assert.Contains("in the folder artifacts/student/notebooks/ of a clone", first, StringComparison.Ordinal);
        Assert.Contains("run: dotnet build src/NeuroBalance.Lessons", first, StringComparison.Ordinal);
        Assert.DoesNotContain("#r", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipynb_Markdown_LinksLessonsToIpynb_AndRelocatesOtherRelativeLinks()
    {
        var markdown = Source(Cells("course")[0]!);

        Assert.Contains("[00 · Start here](00-start-here.ipynb)", markdown, StringComparison.Ordinal);
        Assert.Contains("[the lesson page](../../docs/lessons.md#run-times)", markdown, StringComparison.Ordinal);
        Assert.Contains("[the web](https://example.org/x.dib)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipynb_OtherLanguageCells_CarryTheirMagic_ForJupytersSingleKernel()
    {
        var html = Cells("course").Last()!;

        Assert.StartsWith("#!html\n<p>hi</p>", Source(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Ipynb_WithoutPlacement_IsUnchanged_AndHasNoCheckCell()
    {
        var json = IpynbWriter.ToJson(DibFile.Parse(Dib, "notebooks/99-test.dib"), null);
        var cells = JsonNode.Parse(json)!["cells"]!.AsArray();

        Assert.Equal(3, cells.Count);
        Assert.StartsWith("#r \"../src/", Source(cells[1]!), StringComparison.Ordinal);
    }
}

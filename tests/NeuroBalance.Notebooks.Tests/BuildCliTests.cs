using System.Xml.Linq;
using NeuroBalance.Cli;
using NeuroBalance.Course;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary><c>build</c> and <c>lint</c> end to end through the CLI.</summary>
public sealed class BuildCliTests
{
    [Fact]
    public async Task Build_FailingCellAndMalformedNotebook_BuildsTheRest_ShowsBoth_AndExitsWithOne()
    {
        var console = new TestConsole().Width(250);
        var output = Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "tests", "build-failing");

        var exit = await NeuroBalanceCli.InvokeAsync(
            ["build", NotebookRuns.FixturePath("malformed.dib"), NotebookRuns.FixturePath("broken-cell.dib"), NotebookRuns.FixturePath("solution-regions.dib"), "--output", output],
            console);

        Assert.Equal(1, exit);
        // The malformed notebook: a clear error with file and line, on the console, the page and the report.
        const string where = "tests/NeuroBalance.Notebooks.Tests/Fixtures/malformed.dib:3: the '#!meta' block is not valid JSON";
        Assert.Contains(where, console.Output, StringComparison.Ordinal);
        Assert.Contains(where.Replace("'", "&#39;", StringComparison.Ordinal), await File.ReadAllTextAsync(Path.Combine(output, "malformed.html"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        // The failing cell: reported by cell, shown on its page, counted in the JUnit report.
        Assert.Contains("broken-cell.dib, cell 3 (csharp) `var y = undefinedVariable + x;` failed:", console.Output, StringComparison.Ordinal);
        var page = await File.ReadAllTextAsync(Path.Combine(output, "broken-cell.html"), TestContext.Current.CancellationToken);
        Assert.Contains("CS0103", page, StringComparison.Ordinal);
        var report = XDocument.Load(Path.Combine(output, "report", "cells.junit.xml"));
        Assert.Equal("2", report.Root!.Attribute("failures")!.Value);
        // The good notebook was still built and run, in the learner's version: its solution is not on the page.
        var html = await File.ReadAllTextAsync(Path.Combine(output, "solution-regions.html"), TestContext.Current.CancellationToken);
        var good = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Contains("no answer yet", good.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("answer: 2 µM", good.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("FromMicromolar(2)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hill coefficient", html, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN SOLUTION", html, StringComparison.Ordinal);
        Assert.Contains("Learner version: no solutions shown", html, StringComparison.Ordinal);
        Assert.Contains("learner's version (solutions hidden)", console.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "solution-regions.ipynb")));
        Assert.Contains("1 of 3 lesson(s) built without errors", console.Output, StringComparison.Ordinal);
        Assert.Contains("index.html", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildInstructor_ShowsTheSolutions_InASeparatelyNamedSite()
    {
        var console = new TestConsole().Width(250);
        var output = Path.Combine(ArtifactsFolder.Of(NotebookRuns.Repository).FullName, "tests", "build-instructor");

        var exit = await NeuroBalanceCli.InvokeAsync(["build", "--instructor", NotebookRuns.FixturePath("solution-regions.dib"), "--output", output], console);

        Assert.True(exit == 0, console.Output);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "solution-regions.html"), TestContext.Current.CancellationToken);
        Assert.Contains("answer: 2 µM", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("FromMicromolar(2)", html, StringComparison.Ordinal);
        Assert.Contains("Instructor version: solutions shown", html, StringComparison.Ordinal);
        Assert.Contains("INSTRUCTOR's version (solutions shown)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_OutputOutsideArtifacts_IsRefused()
    {
        var console = new TestConsole().Width(250);

        var exit = await NeuroBalanceCli.InvokeAsync(["build", "--output", NotebookRuns.Repository.Root.FullName + "/src"], console);

        Assert.Equal(2, exit);
        Assert.Contains("must be inside", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BrokenFixture_PrintsFileLineMessages_AndExitsWithOne()
    {
        var console = new TestConsole().Width(80);

        var exit = await NeuroBalanceCli.InvokeAsync(["lint", NotebookRuns.FixturePath("lint-broken.dib")], console);

        Assert.Equal(1, exit);
        // One finding per line, never wrapped, whatever the console width.
        Assert.Contains(console.Lines, l => l.StartsWith("tests/NeuroBalance.Notebooks.Tests/Fixtures/lint-broken.dib:4: error NB005: '#r \"nuget: MathNet.Numerics\"' does not pin a version. Write", StringComparison.Ordinal));
        Assert.Contains("12 error(s)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Course_IsClean()
    {
        var console = new TestConsole().Width(200);

        var exit = await NeuroBalanceCli.InvokeAsync(["lint"], console);

        Assert.True(exit == 0, console.Output);
        Assert.Contains(" 0 error(s)", console.Output, StringComparison.Ordinal);
    }
}

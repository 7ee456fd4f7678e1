using NeuroBalance.Course;
using NeuroBalance.Course.Linting;
using NeuroBalance.Course.Linting.Rules;

namespace NeuroBalance.Course.Tests.Linting;

public sealed class NotebookLinterTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    private static FileInfo Fixture(string name) =>
        new(Path.Combine(Repository.Root.FullName, "tests", "NeuroBalance.Notebooks.Tests", "Fixtures", name));

    /// <summary>Each rule and the line of tests/NeuroBalance.Notebooks.Tests/Fixtures/lint-broken.dib where it must fire.</summary>
    public static TheoryData<string, int, string> BrokenFixtureFindings => new()
    {
        { LintRules.KernelMetadata, 1, "'#!meta' block with kernelInfo is missing" },
        { LintRules.Title, 3, "first cell must be markdown starting with '# <Title>'" },
        { LintRules.PinnedPackages, 4, "does not pin a version" },
        { LintRules.AbsolutePaths, 5, "absolute path '/home/...'" },
        { LintRules.Objectives, 9, "must be followed by a list" },
        { LintRules.Links, 13, "'no-such-lesson.dib' does not exist" },
        { LintRules.Links, 13, "no heading in this notebook has the id 'no-such-heading'" },
        { LintRules.ExerciseIds, 18, "exercise id \"binding-1\" is already used at tests/NeuroBalance.Notebooks.Tests/Fixtures/lint-broken.dib:17" },
        { LintRules.ExerciseIds, 20, "must be called with a string literal id" },
        { LintRules.Charts, 24, "raw Plotly.NET in a notebook" },
        { LintRules.Charts, 25, "empty description" },
        { LintRules.References, 24, "no '## References' or '## Further reading' section" },
    };

    [Theory]
    [MemberData(nameof(BrokenFixtureFindings))]
    public void Lint_BrokenFixture_ReportsEachRuleAtItsLine(string rule, int line, string message)
    {
        // When
        var findings = new NotebookLinter(Repository).Lint([Fixture("lint-broken.dib")], checkCourseMap: false);

        // Then
        Assert.Contains(findings, f => f.Rule == rule && f.Line == line && f.Severity == LintSeverity.Error && f.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_BrokenFixture_ReportsNothingElse()
    {
        var findings = new NotebookLinter(Repository).Lint([Fixture("lint-broken.dib")], checkCourseMap: false);

        Assert.Equal(BrokenFixtureFindings.Count, findings.Count);
        Assert.All(findings, f => Assert.StartsWith($"tests/NeuroBalance.Notebooks.Tests/Fixtures/lint-broken.dib:{f.Line}: error {f.Rule}: ", f.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_MalformedDib_ReportsFormatErrorWithFileAndLine()
    {
        var finding = Assert.Single(new NotebookLinter(Repository).Lint([Fixture("malformed.dib")], checkCourseMap: false));

        Assert.Equal(LintRules.Format, finding.Rule);
        Assert.Equal(3, finding.Line);
        Assert.Contains("'#!meta' block is not valid JSON", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_CleanFixture_HasNoFinding()
    {
        Assert.Empty(new NotebookLinter(Repository).Lint([Fixture("lint-clean.dib")], checkCourseMap: false));
    }

    [Fact]
    public void Lint_SameExerciseIdInTwoNotebooks_IsReportedInTheSecond()
    {
        // Given: the clean fixture uses "clean-1"; a copy in another file reuses it.
        var copy = new FileInfo(Path.Combine(Fixture("lint-clean.dib").DirectoryName!, $"lint-copy-{Guid.NewGuid():N}.dib"));
        File.Copy(Fixture("lint-clean.dib").FullName, copy.FullName);
        try
        {
            // When
            var findings = new NotebookLinter(Repository).Lint([Fixture("lint-clean.dib"), copy], checkCourseMap: false);

            // Then
            var finding = Assert.Single(findings);
            Assert.Equal(LintRules.ExerciseIds, finding.Rule);
            Assert.EndsWith(copy.Name, finding.File, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete();
        }
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void Lint_RawPlotly_IsAllowedOnlyInACellMarkedAsTheLearnersOwnChart(bool marked, int expected)
    {
        // Given: the clean fixture plus a cell that draws with Plotly.NET directly
        var text = File.ReadAllText(Fixture("lint-clean.dib").FullName)
            + "\n#!csharp\n\n" + (marked ? ChartsRule.OwnChartMarker + ": drawn offline by the library.\n" : string.Empty)
            + "Plotly.NET.CSharp.Chart.Line<double, double, string>(new[] { 1.0, 2 }, new[] { 3.0, 4 })\n";
        var file = new FileInfo(Path.Combine(Fixture("lint-clean.dib").DirectoryName!, $"lint-own-chart-{Guid.NewGuid():N}.dib"));
        File.WriteAllText(file.FullName, text.Replace("clean-1", $"own-{Guid.NewGuid():N}", StringComparison.Ordinal));
        try
        {
            var findings = new NotebookLinter(Repository).Lint([file], checkCourseMap: false);

            Assert.Equal(expected, findings.Count(f => f.Rule == LintRules.Charts));
        }
        finally
        {
            file.Delete();
        }
    }

    [Theory]
    [InlineData("MathNet.Numerics", true)]
    [InlineData("MathNet.Numerics, ", true)]
    [InlineData("MathNet.Numerics, 5.*", true)]
    [InlineData("MathNet.Numerics, 5.0.0-*", true)]
    [InlineData("MathNet.Numerics, [5.0.0,)", true)]
    [InlineData("MathNet.Numerics, [5.0, 6.0)", true)]
    [InlineData("MathNet.Numerics, latest", true)]
    [InlineData("MathNet.Numerics, 5.0.0", false)]
    [InlineData("MathNet.Numerics, 5.0.0-beta.2", false)]
    public void Lint_NugetReference_MustPinAnExactVersion(string reference, bool flagged)
    {
        // Given: the clean fixture with one more package reference.
        var copy = new FileInfo(Path.Combine(Fixture("lint-clean.dib").DirectoryName!, $"lint-nuget-{Guid.NewGuid():N}.dib"));
        File.WriteAllText(copy.FullName, File.ReadAllText(Fixture("lint-clean.dib").FullName)
            .Replace("#r \"nuget: MathNet.Numerics, 5.0.0\"", $"#r \"nuget: {reference}\"", StringComparison.Ordinal));
        try
        {
            // When
            var findings = new NotebookLinter(Repository).Lint([copy], checkCourseMap: false);

            // Then
            Assert.Equal(flagged, findings.Any(f => f.Rule == LintRules.PinnedPackages));
        }
        finally
        {
            copy.Delete();
        }
    }

    [Theory]
    [InlineData("[ok](lint-broken.dib)", null)]
    [InlineData("[ok](lint-clean.dib#learning-objectives)", null)]
    [InlineData("[ok](../../../docs/tooling.md#lint-the-lint-contract)", null)]
    [InlineData("[bad](lint-clean.dib#no-such-heading)", "no heading in 'lint-clean.dib' has the id 'no-such-heading'")]
    [InlineData("[bad](../../../docs/tooling.md#no-such-heading)", "no heading in '../../../docs/tooling.md' has the id 'no-such-heading'")]
    public void Lint_LinkToAHeadingInAnotherFile_MustFindThatHeading(string link, string? message)
    {
        var copy = new FileInfo(Path.Combine(Fixture("lint-clean.dib").DirectoryName!, $"lint-anchor-{Guid.NewGuid():N}.dib"));
        File.WriteAllText(copy.FullName, File.ReadAllText(Fixture("lint-clean.dib").FullName)
            .Replace("- pass every lint rule.", "- pass every lint rule.\n\nAlso " + link + ".", StringComparison.Ordinal)
            .Replace("clean-1", "anchor-1", StringComparison.Ordinal));
        try
        {
            var findings = new NotebookLinter(Repository).Lint([copy], checkCourseMap: false);

            if (message is null)
            {
                Assert.Empty(findings);
            }
            else
            {
                Assert.Contains(findings, f => f.Rule == LintRules.Links && f.Message.Contains(message, StringComparison.Ordinal));
            }
        }
        finally
        {
            copy.Delete();
        }
    }

    [Fact]
    public void Lint_CourseNotebooks_HaveNoError()
    {
        // The CI gate: every notebook of the course meets the lint contract.
        var findings = new NotebookLinter(Repository).Lint(Repository.FindNotebooks());

        Assert.True(findings.All(f => f.Severity != LintSeverity.Error), string.Join("\n", findings));
        Assert.NotEmpty(Repository.FindNotebooks());
    }
}

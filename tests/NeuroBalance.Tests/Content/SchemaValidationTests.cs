using NeuroBalance.Content;
using NeuroBalance.Content.Loading;

namespace NeuroBalance.Tests.Content;

/// <summary>
/// Broken content files are rejected with errors that name the file, the line and what is wrong,
/// and every problem in a file is reported at once.
/// </summary>
public sealed class SchemaValidationTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Content", "Fixtures");

    public static TheoryData<int, string, string> BrokenReceptorErrors => new()
    {
        { 7, "receptors[0].transmitter", "unknown transmitter 'serotonine' (did you mean 'serotonin'" },
        { 9, "receptors[0].kind", "'kind' must be one of ionotropic, metabotropic; found 'metabotropc'" },
        { 11, "receptors[0].sites", "unknown site 'somewhere'" },
        { 17, "receptors[0].ligands[0].values[0].unit", "missing required field 'unit'" },
        { 21, "receptors[0].ligands[0].refs[0]", "unknown reference 'hoyre2002' (did you mean 'hoyer2002'" },
        { 25, "receptors[0].evidence", "found 'invitro' (did you mean 'in-vitro'" },
        { 26, "receptors[0].kindd", "unknown field 'kindd' (did you mean 'kind'" },
        { 27, "receptors[1].summary", "missing required field 'summary'" },
        { 39, "receptors[2].id", "duplicate id 'd2' (first defined at line 27)" },
    };

    [Theory]
    [MemberData(nameof(BrokenReceptorErrors))]
    public void BrokenFixture_EachProblem_IsReportedWithFileLineAndPath(int line, string path, string message)
    {
        // Given the embedded content with receptors.yaml replaced by the broken fixture
        var errors = LoadWith("receptors.yaml", "broken-receptors.yaml");

        // Then the problem is reported precisely
        Assert.Contains(errors, e => e.File == "receptors.yaml" && e.Line == line && e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenFixture_ReportsExactlyTheKnownProblems_AndNothingElse()
    {
        var errors = LoadWith("receptors.yaml", "broken-receptors.yaml");

        Assert.Equal(BrokenReceptorErrors.Count, errors.Count);
    }

    [Fact]
    public void InvalidYaml_IsReportedWithItsLine()
    {
        var errors = LoadWith("glossary.yaml", "broken-glossary.yaml");

        var error = Assert.Single(errors, e => e.File == "glossary.yaml");
        Assert.Equal(7, error.Line);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionMessage_ListsEveryProblemInCompilerFormat()
    {
        var exception = Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(Replace("receptors.yaml", Fixture("broken-receptors.yaml"))));

        Assert.StartsWith("The knowledge base has 9 problems:", exception.Message, StringComparison.Ordinal);
        Assert.Contains("receptors.yaml:9:11: receptors[0].kind: 'kind' must be one of", exception.Message, StringComparison.Ordinal);
        using (NeuroBalance.Hosting.CourseSession.Use(new NeuroBalance.Hosting.CourseSession().AsNotebookKernel()))
        {
            Assert.DoesNotContain("   at ", exception.ToString(), StringComparison.Ordinal); // what a notebook shows
        }
    }

    [Fact]
    public void MissingFile_IsReported()
    {
        var sources = KnowledgeBase.EmbeddedSources().Where(s => s.FileName != "hormones.yaml");

        var errors = Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(sources)).Errors;

        Assert.Contains(errors, e => e.File == "hormones.yaml" && e.Message == "missing content file.");
    }

    [Theory]
    [InlineData("doi: 10.1186/1742-4682-6-21", "doi: 10.1186 1742", "doi must look like")]
    [InlineData("    year: 2009\n    doi: 10.1186/1742-4682-6-21", "    year: 2009x\n    doi: 10.1186/1742-4682-6-21", "'year' must be an integer")]
    [InlineData("version: 1", "version: 2", "schema version 2 is not supported")]
    public void EditedReference_ErrorsNameTheFileAndField(string original, string broken, string message)
    {
        // Given one edit that breaks references.yaml
        var text = KnowledgeBase.EmbeddedSources().Single(s => s.FileName == "references.yaml").Text;
        Assert.Contains(original, text, StringComparison.Ordinal);

        var errors = Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(Replace("references.yaml", ReplaceFirst(text, original, broken)))).Errors;

        // Then the error names the file, a line and the problem (other errors may follow from it)
        Assert.Contains(errors, e => e.File == "references.yaml" && e.Line > 0 && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("      - target: sert-density", "      - target: sert-densty", "target", 0, "'target' must be one of tph2-expression, sert-density, htr2a-density, htr1a-density, mao-a, th-expression, gaba-a-sensitivity; found 'sert-densty' (did you mean 'sert-density'")]
    [InlineData("        low: 0.68\n        high: 3.5", "        low: 0.68\n        high: 0.5", "high", 2, "'high' must be between 0.68 and 100 (at least 'low'); found 0.5")]
    [InlineData("        low: 0.68\n        high: 3.5", "        high: 3.5", "low", 0, "missing required field 'low'")]
    [InlineData("        refs: [mcqueen1997]\n        evidence: rodent\n        note: \"direction", "        refs: [mcqeen1997]\n        evidence: rodent\n        note: \"direction", "refs[0]", 4, "unknown reference 'mcqeen1997' (did you mean 'mcqueen1997'")]
    public void BrokenModelEffect_IsReportedWithLineFieldAndSuggestion(string original, string broken, string field, int lineInItem, string message)
    {
        // Given hormones.yaml with one model effect (estradiol → SERT density) broken
        var text = KnowledgeBase.EmbeddedSources().Single(s => s.FileName == "hormones.yaml").Text;
        Assert.Contains(original, text, StringComparison.Ordinal);
        var itemLine = text[..text.IndexOf("      - target: sert-density", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var errors = Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(Replace("hormones.yaml", ReplaceFirst(text, original, broken)))).Errors;

        // Then the error is at that line, names the model effect's field, and suggests the fix
        var error = Assert.Single(errors);
        Assert.Equal("hormones.yaml", error.File);
        Assert.Equal(itemLine + lineInItem, error.Line);
        Assert.Equal($"hormones[0].model-effects[1].{field}", error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: EC50, value: 11.6, unit: µM", "kind: EC05, value: 11.6, unit: µM", "kind", "'kind' must be one of pKd, pKi, Kd, Ki, Km, EC50, IC50, hill-slope, concentration, occupancy, fraction, half-time, rate; found 'EC05' (did you mean 'EC50'")]
    [InlineData("kind: EC50, value: 11.6, unit: µM", "kind: EC50, value: 11.6, unit: uM", "unit", "'unit' must be one of nM, µM, mM, -log M, %, 1, ms, s, µM/h; found 'uM' (did you mean")]
    [InlineData("kind: EC50, value: 11.6, unit: µM", "kind: EC50, value: 11.6, unit: \"%\"", "unit", "kind EC50 needs a unit of nM, µM, mM; found '%'")]
    [InlineData("kind: pKd, value: 8.9, unit: \"-log M\"", "kind: pKd, value: 8.9, unit: nM", "unit", "kind pKd needs a unit of -log M; found 'nM'")]
    public void BrokenMeasurementKindOrUnit_IsReportedWithLineAndSuggestion(string original, string broken, string field, string message)
    {
        // Given receptors.yaml with one measurement's kind or unit broken
        var text = KnowledgeBase.EmbeddedSources().Single(s => s.FileName == "receptors.yaml").Text;
        Assert.Contains(original, text, StringComparison.Ordinal);
        var line = text[..text.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var errors = Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(Replace("receptors.yaml", ReplaceFirst(text, original, broken)))).Errors;

        // Then the one error is on that line, at the field, with the closest known name
        var error = Assert.Single(errors);
        Assert.Equal(("receptors.yaml", line), (error.File, error.Line));
        Assert.EndsWith($".values[0].{field}", error.Path, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ContentError> LoadWith(string fileName, string fixture) =>
        Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(Replace(fileName, Fixture(fixture)))).Errors;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(FixtureFolder, name));

    private static IEnumerable<ContentSource> Replace(string fileName, string text) =>
        KnowledgeBase.EmbeddedSources().Select(s => s.FileName == fileName ? new ContentSource(fileName, text) : s);

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var index = text.IndexOf(original, StringComparison.Ordinal);
        return text[..index] + replacement + text[(index + original.Length)..];
    }
}

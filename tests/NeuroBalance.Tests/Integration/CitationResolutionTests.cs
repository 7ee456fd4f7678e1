using NeuroBalance.Content;
using NeuroBalance.Course;
using NeuroBalance.Tests.Integration.Citations;

namespace NeuroBalance.Tests.Integration;

/// <summary>
/// Every citation in the course (notebooks, content YAML, C# strings and doc comments under src/,
/// docs/*.md and README.md) resolves to exactly one references.yaml entry whose identifier is
/// verified. Forms recognised: DOI, PMID, PMC id, author–year ("Kramer et al. 2021", "Best, Nijhout
/// &amp; Reed 2009", "Sterling &amp; Eyer (1988)", "(Meyer et al., 2004)", "Cannon 1926") and authors
/// named as a citation without a year ("Sumner &amp; Fink"). Rule (<see cref="CitationCheck"/>): a cited
/// reference must be <c>checked: lookup</c>, or <c>recalled</c> with every display carrying the
/// "unverified identifier" mark. A failure lists file:line, the citation as written and what is wrong.
/// </summary>
public sealed class CitationResolutionTests(ITestOutputHelper output)
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    private static IReadOnlyList<Reference> References => Bibliography.All.References;

    /// <summary>The ids of the references that some citation in the course resolves to.</summary>
    /// <returns>Reference ids.</returns>
    internal static IReadOnlySet<string> ResolvedReferenceIds() =>
        CourseCitations().Select(r => r.Reference?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<CitationResolution> CourseCitations() =>
        CitationCheck.Resolve(
            CitationCheck.CourseFiles(Repository.Root).Select(p => (p, File.ReadAllText(Path.Combine(Repository.Root.FullName, p)))),
            References);

    [Fact]
    public void EveryCitationInTheCourse_ResolvesToOneVerifiedReference()
    {
        var resolutions = CourseCitations();
        var problems = CitationCheck.Problems(resolutions);
        output.WriteLine($"{resolutions.Count} citations found, {resolutions.Count(r => r.Reference is not null)} resolved, to {resolutions.Select(r => r.Reference).OfType<Reference>().Distinct().Count()} references.");
        Assert.True(problems.Count == 0, $"{problems.Count} of {resolutions.Count} citations do not resolve to one verified references.yaml entry:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheScan_CoversEveryKindOfCourseFile()
    {
        var files = CitationCheck.CourseFiles(Repository.Root);
        Assert.Contains(files, f => f.StartsWith("notebooks/", StringComparison.Ordinal) && f.EndsWith(".dib", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("src/NeuroBalance/Content/Data/", StringComparison.Ordinal) && f.EndsWith(".yaml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("src/", StringComparison.Ordinal) && f.EndsWith(".cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("docs/", StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains("README.md", files);
        Assert.DoesNotContain("src/NeuroBalance/Content/Data/references.yaml", files);
        Assert.DoesNotContain(files, f => f.Contains("/bin/", StringComparison.Ordinal) || f.Contains("/obj/", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCheck_FailsOnAFixtureWithAnUnlistedCitation_AndSaysWhereAndWhat()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Integration", "Citations", "Fixtures", "unlisted-citation.md");
        var resolutions = CitationCheck.Resolve([("fixture/unlisted-citation.md", File.ReadAllText(fixture))], References);
        var problems = CitationCheck.Problems(resolutions);
        output.WriteLine(string.Join("\n", problems));

        Assert.Equal(
            [
                "fixture/unlisted-citation.md:5: Smithers et al. 2031 → no entry in references.yaml",
                "fixture/unlisted-citation.md:6: doi:10.9999/not-a-listed-doi → no entry in references.yaml",
                "fixture/unlisted-citation.md:6: PMID 99999999 → no entry in references.yaml",
                "fixture/unlisted-citation.md:7: Frink & Nahasapeemapetilon (1999) → no entry in references.yaml",
            ],
            problems);
        Assert.Contains(resolutions, r => r.Reference?.Id == "best2009");
    }

    [Fact]
    public void TheCheck_RejectsACitedUnverifiedReference_ThatIsNotMarked()
    {
        var recalled = References.First(r => r.Checked == "lookup") with { Id = "unmarked", Checked = "from-a-table" };
        var problems = CitationCheck.Problems([new CitationResolution(new CitationMention("f.md", 3, "Someone 2000", CitationForm.AuthorYear, null, ["Someone"], 2000, null), [recalled])]);
        Assert.Equal(["f.md:3: Someone 2000 → unmarked is checked 'from-a-table' and is not shown as unverified: verify it (checked: lookup) or mark it"], problems);
    }

    [Fact]
    public void EveryRecalledReference_IsMarkedUnverifiedWhereverItIsShown()
    {
        foreach (var r in References.Where(r => r.Checked == "recalled"))
        {
            Assert.True(CitationCheck.IsVerifiedOrMarked(r), $"{r.Id} is recalled but not marked '{Reference.UnverifiedMark}'.");
        }

        var verified = References.First(r => r.Checked == "lookup");
        Assert.DoesNotContain(Reference.UnverifiedMark, verified.ToString(), StringComparison.Ordinal);
    }
}

using Glossary = NeuroBalance.Content.Glossary;
using NeuroBalance.Course;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Site;
using GlossaryEntry = NeuroBalance.Course.Site.GlossaryEntry;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>
/// The site's glossary: every term a lesson sets in bold has a definition in the content glossary
/// (as its term or an alias), unless it is on the short reviewed list of emphasis words; function
/// words are never harvested; the core concepts have sourced definitions.
/// </summary>
public sealed class GlossaryCoverageTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    private static IEnumerable<string> Undefined(IEnumerable<GlossaryEntry> fromLessons) =>
        fromLessons
            .Where(t => !Glossary.Terms.Any(g => GlossarySources.Matches(t.Term, [g.Term, .. g.Aliases])))
            .Select(t => $"**{t.Term}** (in {string.Join(", ", t.UsedIn)})");

    [Fact]
    public void EveryBoldTermInTheLessons_HasAGlossaryEntry_OrIsAReviewedEmphasisWord()
    {
        var terms = GlossarySources.FromLessons(CoursePlan.Create(Repository));

        var undefined = Undefined(terms).ToArray();

        Assert.True(undefined.Length == 0, "bold terms without a glossary entry (add one to src/NeuroBalance/Content/Data/glossary.yaml with sources, an alias, or, if it is only emphasis, GlossarySources.EmphasisWords):\n" + string.Join("\n", undefined));
        Assert.True(terms.Count >= 20, $"only {terms.Count} bold terms found");
    }

    [Fact]
    public void UndefinedBoldTerm_IsReported()
    {
        // Negative control: a lesson that sets a made-up term in bold fails the check above.
        var dib = DibFile.Parse("#!markdown\n\n# T\n\nThe **quasi-receptor flux** and **autoreceptors** and **and**.\n", "notebooks/99-t.dib");
        var lesson = new LessonBuild(new FileInfo("99-t.dib"), "notebooks/99-t.dib", "99-t", "Test", LessonOutline.Read(dib, "99-t"), dib, null, null);

        Assert.Equal(["**quasi-receptor flux** (in 99-t)"], Undefined(GlossarySources.FromLessons([lesson])));
    }

    [Theory]
    [InlineData("and")]
    [InlineData("before")]
    [InlineData("adapt")]
    [InlineData("hints")]
    public void FunctionWords_AreNotHarvested(string word)
    {
        var dib = DibFile.Parse($"#!markdown\n\n# T\n\nWe **{word}** see the **set point**.\n", "notebooks/99-t.dib");
        var lesson = new LessonBuild(new FileInfo("99-t.dib"), "notebooks/99-t.dib", "99-t", "Test", LessonOutline.Read(dib, "99-t"), dib, null, null);

        Assert.Equal(["set point"], GlossarySources.FromLessons([lesson]).Select(t => t.Term));
    }

    [Theory]
    [InlineData("set point")]
    [InlineData("feedback gain")]
    [InlineData("law of mass action")]
    [InlineData("receptor reserve")]
    public void CoreConcept_HasASourcedDefinition(string term)
    {
        var entry = Glossary.Lookup(term);

        Assert.False(string.IsNullOrWhiteSpace(entry.Plain));
        Assert.False(string.IsNullOrWhiteSpace(entry.Precise));
        Assert.NotEmpty(entry.References);
    }

    [Fact]
    public void Merge_AttachesALessonsAliasToItsEntry()
    {
        var merged = GlossarySources.Merge(
            [new GlossaryEntry("D2-like receptor", "defined", [], ["D2", "D2 autoreceptor"])],
            [new GlossaryEntry("D2 autoreceptors", string.Empty, ["06-x"]), new GlossaryEntry("D2", string.Empty, ["A2-x"])]);

        var entry = Assert.Single(merged);
        Assert.Equal(["06-x", "A2-x"], entry.UsedIn.Order(StringComparer.Ordinal));
    }
}

using NeuroBalance.Course.Site;

namespace NeuroBalance.Tests.Course.Site;

public sealed class GlossarySourcesTests
{
    [Fact]
    public void FromContentLibrary_ReadsTermsDefinitionsAndRelatedLinks()
    {
        var entries = GlossarySources.FromContentLibrary(typeof(GlossarySourcesTests).Assembly, out var problem, typeof(FakeContent.Glossary).FullName!);

        Assert.Null(problem);
        var kd = Assert.Single(entries, e => e.Term == "Dissociation constant");
        Assert.Equal("Where half the sites are bound.\n\n*Precisely:* Kd = koff/kon.\n\n*Related:* [Occupancy](#term-occupancy)", kd.Definition);
    }

    [Fact]
    public void FromContentLibrary_WithoutAGlossary_IsEmpty()
    {
        Assert.Empty(GlossarySources.FromContentLibrary(typeof(GlossarySourcesTests).Assembly, out var problem, "No.Such.Glossary"));
        Assert.Null(problem);
    }

    [Fact]
    public void FromContentLibrary_GlossaryThatThrows_SaysWhy()
    {
        Assert.Empty(GlossarySources.FromContentLibrary(typeof(GlossarySourcesTests).Assembly, out var problem, typeof(FakeContent.BrokenGlossary).FullName!));
        Assert.Contains("did not load: content file broken", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DefinedEntriesWin_AndKeepUsedInLinks()
    {
        var merged = GlossarySources.Merge(
            [new GlossaryEntry("Occupancy", "Fraction bound.", [])],
            [new GlossaryEntry("occupancy", string.Empty, ["00-start-here"]), new GlossaryEntry("log", string.Empty, ["00-start-here"])]);

        Assert.Equal([("Occupancy", "Fraction bound.", "00-start-here"), ("log", "", "00-start-here")], merged.Select(e => (e.Term, e.Definition, string.Join(",", e.UsedIn))));
    }
}

using NeuroBalance.Course.Site;

namespace NeuroBalance.Course.Tests.Site;

public sealed class GlossarySourcesTests
{
    [Fact]
    public void FromDefinitions_WritesPlainPreciseAndRelatedLinks_FromTypedEntries()
    {
        var entries = GlossarySources.FromDefinitions(
        [
            new GlossaryDefinition("kd", "Dissociation constant", "Where half the sites are bound.", "Kd = koff/kon.", ["occupancy"], ["Kd"]),
            new GlossaryDefinition("occupancy", "Occupancy", "Fraction of sites bound.", string.Empty, [], []),
        ]);

        var kd = Assert.Single(entries, e => e.Term == "Dissociation constant");
        Assert.Equal("Where half the sites are bound.\n\n*Precisely:* Kd = koff/kon.\n\n*Related:* [Occupancy](#term-occupancy)", kd.Definition);
        Assert.Equal(["Kd"], kd.Aliases!);
        Assert.Equal("Fraction of sites bound.", Assert.Single(entries, e => e.Term == "Occupancy").Definition);
    }

    [Fact]
    public void FromDefinitions_TheLibrarysGlossary_GivesEveryTermADefinition()
    {
        var entries = GlossarySources.FromDefinitions(NeuroBalance.Content.Glossary.Terms.Select(t => new GlossaryDefinition(t.Id, t.Term, t.Plain, t.Precise, t.Related, t.Aliases)));

        Assert.Equal(NeuroBalance.Content.Glossary.Terms.Count, entries.Count);
        Assert.All(entries, e => Assert.NotEmpty(e.Definition));
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

using CsCheck;
using NeuroBalance.Content;

namespace NeuroBalance.Tests.Content;

/// <summary>The notebook-facing query API: lookups by any name, and friendly errors for unknown names.</summary>
public sealed class QueryApiTests
{
    [Theory]
    [InlineData("serotonin")]
    [InlineData("Serotonin")]
    [InlineData("5-HT")]
    [InlineData("5ht")]
    [InlineData("5-hydroxytryptamine")]
    public void Transmitter_FindsSerotonin_ByAnyOfItsNames(string name) =>
        Assert.Equal("serotonin", Neurochemistry.Transmitter(name).Id);

    [Fact]
    public void Synthesis_OfSerotonin_StartsFromTryptophan_WithTph2RateLimiting()
    {
        var pathway = Neurochemistry.Transmitter("serotonin").Synthesis;

        Assert.Equal("L-tryptophan", pathway.Precursor);
        Assert.Equal("TPH2", pathway.RateLimitingStep!.Enzyme.Abbreviation);
        Assert.Contains("BH4", pathway.Steps[0].Cofactors);
        Assert.Same(pathway, Neurochemistry.Synthesis("5-HT"));
    }

    [Theory]
    [InlineData("5-HT1A", "5-ht1a")]
    [InlineData("d2", "d2")]
    [InlineData("GABA-A", "gaba-a")]
    [InlineData("GABAA", "gaba-a")]
    public void Receptor_IsFoundByName(string name, string id) => Assert.Equal(id, Neurochemistry.Receptor(name).Id);

    [Theory]
    [InlineData("SERT", "sert")]
    [InlineData("SLC6A3", "dat")]
    [InlineData("serotonin transporter", "sert")]
    public void Transporter_IsFoundByAbbreviationGeneOrName(string name, string id) => Assert.Equal(id, Neurochemistry.Transporter(name).Id);

    [Fact]
    public void EffectsOf_EstradiolOnSerotonin_ListsOnlySerotoninEffects()
    {
        var table = Hormones.EffectsOn("estradiol", "serotonin");

        Assert.True(table.Effects.Count >= 4);
        Assert.All(table.Effects, e => Assert.Equal(("estradiol", "serotonin"), (e.HormoneId, e.TransmitterId)));
        Assert.Equal(Hormones.EffectsOn("E2", "5-HT").Effects, table.Effects);
    }

    [Fact]
    public void Matrix_HasEveryHormone_AndTheFullyCoveredTransmittersByDefault()
    {
        var matrix = Hormones.Matrix();

        Assert.Equal(6, matrix.Hormones.Count);
        Assert.Equal(["serotonin", "dopamine", "gaba"], matrix.Transmitters.Select(t => t.Id));
        Assert.Equal(6, Hormones.Matrix(includeContext: true).Transmitters.Count);
    }

    [Fact]
    public void Glossary_Lookup_IgnoresCaseAndFindsAliases()
    {
        Assert.Equal("autoreceptor", Glossary.Lookup("Autoreceptor").Id);
        Assert.Equal("bh4", Glossary.Lookup("tetrahydrobiopterin").Id);
        Assert.Equal("vitamin-b6", Glossary.Lookup("PLP").Id);
        Assert.NotEmpty(Glossary.Search("feedback"));
    }

    [Fact]
    public void Bibliography_FindsAReferenceByIdLabelOrDoi()
    {
        var best = Bibliography.Reference("best2010");

        Assert.Same(best, Bibliography.Reference("10.1186/1742-4682-7-34"));
        Assert.Same(best, Bibliography.Reference("Best et al. 2010"));
        Assert.Equal(new Uri("https://doi.org/10.1186/1742-4682-7-34"), best.Citation.Link);
    }

    [Theory]
    [InlineData("serotnin", "Serotonin")]
    [InlineData("dopamin", "Dopamine")]
    [InlineData("noradrenalin", "Norepinephrine")]
    public void UnknownTransmitter_Throws_SuggestingTheClosestName(string typo, string suggestion)
    {
        var exception = Assert.Throws<InvalidParameterException>(() => Neurochemistry.Transmitter(typo));

        Assert.Equal("name", exception.ParamName);
        Assert.Contains($"\"{typo}\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"Did you mean \"{suggestion}\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownGlossaryTerm_SuggestsTheClosestTerm()
    {
        var exception = Assert.Throws<InvalidParameterException>(() => Glossary.Lookup("autorecepter"));

        Assert.Contains("Did you mean \"autoreceptor\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownHormone_NamesTheHormoneParameter()
    {
        var exception = Assert.Throws<InvalidParameterException>(() => Hormones.EffectsOn("oxytocin", "serotonin"));

        Assert.Equal("hormone", exception.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankName_ThrowsTheFriendlyException(string? name) =>
        Assert.Throws<InvalidParameterException>(() => Neurochemistry.Transmitter(name!));

    [Fact]
    public void AnyString_EitherFindsSomething_OrThrowsOnlyTheFriendlyException()
    {
        // Property: lookups never crash with anything but InvalidParameterException, whatever the input.
        Gen.String.Sample(text =>
        {
            foreach (var lookup in new Func<string, object>[]
            {
                Neurochemistry.Transmitter, Neurochemistry.Receptor, Neurochemistry.Enzyme, Neurochemistry.Transporter,
                Neurochemistry.Synthesis, Neurochemistry.Receptors, Glossary.Lookup, Glossary.Search, Hormones.Hormone,
                Hormones.EffectsOn, t => Hormones.EffectsOn("estradiol", t), t => Hormones.EffectsOn(t, "serotonin"),
                Bibliography.Reference, History.Field,
            })
            {
                try
                {
                    Assert.NotNull(lookup(text));
                }
                catch (InvalidParameterException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void EveryName_OfEveryEntity_FindsThatEntity()
    {
        // Property over the content itself: each display name round-trips through its lookup.
        var kb = KnowledgeBase.Default;
        Assert.All(kb.Transmitters, t => Assert.Same(t, Neurochemistry.Transmitter(t.Name)));
        Assert.All(kb.Receptors, r => Assert.Same(r, Neurochemistry.Receptor(r.Name)));
        Assert.All(kb.Glossary, g => Assert.Same(g, Glossary.Lookup(g.Term)));
        Assert.All(kb.Hormones, h => Assert.Same(h, Hormones.Hormone(h.Name)));
    }
}

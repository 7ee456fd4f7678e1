using NeuroBalance.Content;
using NeuroBalance.Content.Loading;

namespace NeuroBalance.Tests.Content;

/// <summary>The embedded knowledge base loads, and every fact in it is sourced, resolved and explained.</summary>
public sealed class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Fact]
    public void Default_LoadsWithoutSchemaErrors()
    {
        // Given the embedded files, When loaded again from scratch, Then no ContentValidationException.
        var kb = KnowledgeBase.Load(KnowledgeBase.EmbeddedSources());

        Assert.NotEmpty(kb.Transmitters);
    }

    [Fact]
    public void Coverage_HasTheTransmittersHormonesAndGlossaryTheIssueAsksFor()
    {
        Assert.Equal(["serotonin", "dopamine", "gaba"], Kb.Transmitters.Where(t => t.Coverage == Coverage.Full).Select(t => t.Id));
        Assert.Equal(["glutamate", "norepinephrine", "acetylcholine"], Kb.Transmitters.Where(t => t.Coverage == Coverage.Context).Select(t => t.Id));
        Assert.Equal(["estradiol", "progesterone", "allopregnanolone", "testosterone", "t3", "cortisol"], Kb.Hormones.Select(h => h.Id));
        Assert.True(Kb.Glossary.Count >= 80, $"the glossary has {Kb.Glossary.Count} terms; at least 80 are required");
        Assert.True(Kb.Story.Milestones.Count >= 10);
    }

    [Fact]
    public void FullTransmitters_HaveSynthesisReceptorsTransportersDegradationAndFunctions()
    {
        foreach (var t in Kb.Transmitters.Where(t => t.Coverage == Coverage.Full))
        {
            Assert.True(t.Synthesis.Steps.Count >= 2, $"{t.Id}: synthesis");
            Assert.NotNull(t.Synthesis.RateLimitingStep);
            Assert.Equal(TransporterKind.Vesicular, t.VesicularTransporter.Kind);
            Assert.All(t.ReuptakeTransporters, r => Assert.Equal(TransporterKind.Reuptake, r.Kind));
            Assert.NotEmpty(t.ReuptakeTransporters);
            Assert.True(t.Receptors.Receptors.Count >= 2, $"{t.Id}: receptors");
            Assert.Contains(t.Receptors.Receptors, r => r.IsAutoreceptor);
            Assert.NotEmpty(t.Degradation);
            Assert.True(t.Functions.Count >= 3, $"{t.Id}: functions");
        }
    }

    [Fact]
    public void Pathways_MarkTheCofactorsTheIssueNames()
    {
        var cofactors = Kb.Transmitters.SelectMany(t => t.Synthesis.Cofactors).ToArray();

        Assert.Contains(cofactors, c => c.Contains("BH4", StringComparison.Ordinal));
        Assert.Contains(cofactors, c => c.Contains("B6", StringComparison.Ordinal));
        Assert.Contains(cofactors, c => c.Contains("Fe²⁺", StringComparison.Ordinal));
        Assert.Equal("TPH2", Kb.Transmitters.Single(t => t.Id == "serotonin").Synthesis.RateLimitingStep!.Enzyme.Abbreviation);
        Assert.Equal("TH", Kb.Transmitters.Single(t => t.Id == "dopamine").Synthesis.RateLimitingStep!.Enzyme.Abbreviation);
        Assert.Equal("GAD", Kb.Transmitters.Single(t => t.Id == "gaba").Synthesis.RateLimitingStep!.Enzyme.Abbreviation);
    }

    [Fact]
    public void EveryFact_CitesAtLeastOneKnownReference()
    {
        var known = Kb.References.ToHashSet();

        Assert.All(ContentWalker.AllSources(Kb), s =>
        {
            Assert.NotEmpty(s.References);
            Assert.All(s.References, r => Assert.Contains(r, known));
        });
        Assert.All(Kb.Story.Milestones, m => Assert.NotEmpty(m.References));
        Assert.All(Kb.Story.Themes, t => Assert.NotEmpty(t.References));
    }

    [Fact]
    public void EveryReference_IsCitedSomewhere_AndHasADoiOrPmid()
    {
        // Cited by the content itself, by a notebook (a lesson's sources and further reading), or by a
        // citation that resolves to it elsewhere in the course: model code, its doc comments, docs/*.md
        // (the citation-resolution check, Integration/CitationResolutionTests).
        var counts = Kb.CitationCounts();
        var (dois, pmids) = Integration.LessonCitationsTests.CitedByNotebooks();
        var citedInTheCourse = Integration.CitationResolutionTests.ResolvedReferenceIds();

        Assert.All(Kb.References, r =>
        {
            var inNotebook = (r.Doi is not null && dois.Contains(r.Doi.ToLowerInvariant())) || (r.Pmid is int p && pmids.Contains(p));
            Assert.True(counts[r.Id] > 0 || inNotebook || citedInTheCourse.Contains(r.Id), $"reference '{r.Id}' ({r.Location}) is never cited, neither by the content nor by a notebook nor anywhere in the course's code and docs");
            Assert.True(r.Doi is not null || r.Pmid is not null);
            Assert.False(string.IsNullOrWhiteSpace(r.Authors + r.Title + r.Venue));
        });
    }

    [Fact]
    public void EveryValue_HasAUnitAndASource()
    {
        var values = ContentWalker.AllMeasurements(Kb).ToArray();

        Assert.True(values.Length >= 15, $"only {values.Length} sourced values");
        Assert.All(values, v =>
        {
            Assert.Contains(v.Unit, MeasurementNames.UnitsFor(v.Kind));
            Assert.NotEmpty(v.Sources.References);
            Assert.True(v.Value is not null || v.Min is not null || v.Max is not null);
        });
    }

    [Fact]
    public void EveryEntity_HasAPlainLanguageSummary()
    {
        var summaries = Kb.Transmitters.Select(t => (t.Id, t.Summary))
            .Concat(Kb.Enzymes.Select(e => (e.Id, e.Summary)))
            .Concat(Kb.Transporters.Select(t => (t.Id, t.Summary)))
            .Concat(Kb.Receptors.Select(r => (r.Id, r.Summary)))
            .Concat(Kb.Hormones.Select(h => (h.Id, h.Summary)))
            .Concat(Kb.Glossary.Select(g => (g.Id, g.Plain)))
            .Concat(Kb.Story.Milestones.Select(m => (m.Title, m.Text)));

        Assert.All(summaries, s => Assert.True(s.Item2.Length >= 20, $"{s.Item1}: summary too short: '{s.Item2}'"));
    }

    [Fact]
    public void Glossary_HasNoOrphanTerm_AndEveryEntryIsComplete()
    {
        var linked = Kb.Glossary.SelectMany(g => g.Related).ToHashSet(StringComparer.Ordinal);

        Assert.All(Kb.Glossary, g =>
        {
            Assert.True(linked.Contains(g.Term), $"glossary term '{g.Term}' ({g.Location}) is not linked from any other term");
            Assert.NotEmpty(g.Related);
            Assert.NotEqual(g.Plain, g.Precise);
        });
    }

    [Fact]
    public void EveryHormoneEffect_HasDirectionMagnitudeSpeciesEvidenceAndASource()
    {
        var transmitters = Kb.Transmitters.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Kb.Hormones, h => Assert.True(h.Effects.Count > 0, $"{h.Id}: no documented effect"));
        Assert.All(Kb.Hormones.SelectMany(h => h.Effects), e =>
        {
            Assert.True(Enum.IsDefined(e.Direction), $"{e}: direction {e.Direction}");
            Assert.False(string.IsNullOrWhiteSpace(e.Magnitude), $"{e}: no magnitude or range");
            Assert.False(string.IsNullOrWhiteSpace(e.Species), $"{e}: no species");
            Assert.False(string.IsNullOrWhiteSpace(e.Target), $"{e}: no target");
            Assert.True(Enum.IsDefined(e.Sources.Evidence), $"{e}: evidence level {e.Sources.Evidence}");
            Assert.NotEmpty(e.Sources.References);
            Assert.Contains(e.TransmitterId, transmitters);
        });
    }

    [Fact]
    public void HormoneEffects_AgreeWithTheReferenceValuesTable()
    {
        // docs/sources.md, "Hormonal modulation".
        var estradiol = Kb.Hormones.Single(h => h.Id == "estradiol");
        var tph = estradiol.Effects.Single(e => e.Target.StartsWith("TPH mRNA", StringComparison.Ordinal));
        Assert.Equal((EffectDirection.Increase, NeuroBalance.Science.EvidenceLevel.Primate), (tph.Direction, tph.Sources.Evidence));
        Assert.Contains("×9", tph.Magnitude, StringComparison.Ordinal);

        var sert = estradiol.Effects.Single(e => e.Target.StartsWith("SERT", StringComparison.Ordinal));
        Assert.Equal(EffectDirection.Mixed, sert.Direction);
        Assert.Contains("+250%", sert.Magnitude, StringComparison.Ordinal);
        Assert.Contains("−15%", sert.Magnitude, StringComparison.Ordinal);

        var ep = Kb.Hormones.Single(h => h.Id == "progesterone").Effects;
        Assert.Contains(ep, e => e.Magnitude.Contains("×5", StringComparison.Ordinal) && e.Direction == EffectDirection.Increase);
        Assert.Contains(ep, e => e.Direction == EffectDirection.NoChange && e.Species == "rat");

        var allo = Kb.Hormones.Single(h => h.Id == "allopregnanolone").Effects;
        Assert.All(allo, e => Assert.Equal("gaba", e.TransmitterId));
        Assert.Contains(Kb.Hormones.Single(h => h.Id == "t3").Findings, f => f.Text.Contains("24.7%", StringComparison.Ordinal) && f.Text.Contains("15.9%", StringComparison.Ordinal));
    }
}

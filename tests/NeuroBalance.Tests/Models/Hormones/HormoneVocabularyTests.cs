using NeuroBalance.Content;
using NeuroBalance.Content.Loading;
using NeuroBalance.Models.Hormones;
using Hormone = NeuroBalance.Models.Hormones.Hormone;

namespace NeuroBalance.Tests.Models.Hormones;

/// <summary>
/// One hormone vocabulary for models and content: a model hormone or target is spelled in hormones.yaml as
/// the kebab-case of its enum name, every model hormone has a hormone in the YAML, and the model's effect
/// table is exactly the YAML's model-effects.
/// </summary>
public sealed class HormoneVocabularyTests
{
    [Theory]
    [InlineData("Estradiol", "estradiol")]
    [InlineData("T3", "t3")]
    [InlineData("Tph2Expression", "tph2-expression")]
    [InlineData("Htr2aDensity", "htr2a-density")]
    [InlineData("MaoA", "mao-a")]
    [InlineData("GabaASensitivity", "gaba-a-sensitivity")]
    public void KebabCase_FollowsTheDocumentedRule(string name, string expected) =>
        Assert.Equal(expected, HormoneVocabulary.KebabCase(name));

    [Fact]
    public void EveryModelHormone_HasAHormoneInTheKnowledgeBase()
    {
        var ids = KnowledgeBase.Default.Hormones.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(Enum.GetValues<Hormone>(), h => Assert.True(ids.Contains(HormoneVocabulary.ContentId(h)), $"Hormone.{h} has no hormones.yaml id '{HormoneVocabulary.ContentId(h)}'"));
        Assert.Equal("Thyroid hormone (T3/T4)", HormoneVocabulary.ContentEntry(Hormone.T3).Name);
    }

    [Fact]
    public void EveryModelEffect_NamesAModelHormoneAndAModelTarget()
    {
        var effects = KnowledgeBase.Default.Hormones.SelectMany(h => h.ModelEffects).ToArray();
        Assert.NotEmpty(effects);
        Assert.All(effects, e =>
        {
            Assert.True(HormoneVocabulary.TryParseHormone(e.HormoneId, out _), $"{e.Location}: no model hormone '{e.HormoneId}'");
            Assert.True(HormoneVocabulary.TryParseTarget(e.Target, out _), $"{e.Location}: no model target '{e.Target}'");
        });
    }

    [Fact]
    public void TheYamlTargetList_IsTheModelTargetEnum()
    {
        Assert.Equal(Enum.GetValues<ModulationTarget>().Select(HormoneVocabulary.ContentName), HormoneModelEffect.Targets);
    }

    [Fact]
    public void TheModelEffects_AreTheYamlRows_WithTheirNumbersAndPrimarySources()
    {
        var rows = HormoneModulation.Effects.Select(e => $"{e.Hormone} {e.Target} {e.Low}-{e.High} {e.Source?.Label} {e.Evidence}").ToArray();

        // The 11 rows that lived in HormoneModulation.cs before they moved to hormones.yaml (grouped by hormone).
        Assert.Equal(
        [
            "Estradiol Tph2Expression 1-9 Pecins-Thompson et al. 1996 Primate",
            "Estradiol SertDensity 0.68-3.5 McQueen et al. 1997 Rodent",
            "Estradiol Htr2aDensity 1-1.5 Cyr et al. 2000 Illustrative",
            "Estradiol Htr1aDensity 0.6-1 Pecins-Thompson & Bethea 1999 Primate",
            "Estradiol MaoA 0.6-1 Gundlah et al. 2002 Primate",
            "Progesterone Tph2Expression 1-1 Pecins-Thompson et al. 1996 Primate",
            "Allopregnanolone GabaASensitivity 1.5-3 Carver & Reddy 2013 Illustrative",
            "Testosterone ThExpression 0.8-1.5 Purves-Tyson et al. 2012 Rodent",
            "Testosterone MaoA 1-1.5 Purves-Tyson et al. 2012 Rodent",
            "T3 Htr1aDensity 0.7-1 Bauer et al. 2002 Illustrative",
            "T3 Htr2aDensity 1-1.3 Bauer et al. 2002 Illustrative",
        ],
        rows);
        Assert.All(HormoneModulation.Effects, e => Assert.DoesNotContain("doi:", e.Note, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AModelEffect_OnAHormoneTheModelsLack_IsRejected()
    {
        // Given hormones.yaml with a model effect added to cortisol, which the models do not include
        var text = KnowledgeBase.EmbeddedSources().Single(s => s.FileName == "hormones.yaml").Text;
        var cortisol = text.IndexOf("  - id: cortisol", StringComparison.Ordinal);
        var next = text.IndexOf("\n  - id: ", cortisol + 1, StringComparison.Ordinal);
        var insertAt = next < 0 ? text.TrimEnd().Length : next;
        var edited = text[..insertAt] + "\n    model-effects:\n      - {target: mao-a, low: 1, high: 2, species: rat, refs: [bauer2002], evidence: illustrative, note: test}" + text[insertAt..];
        var kb = KnowledgeBase.Load(KnowledgeBase.EmbeddedSources().Select(s => s.FileName == "hormones.yaml" ? new ContentSource(s.FileName, edited) : s));

        // Then the model layer refuses it, naming the file, line and hormone
        var error = Assert.Throws<InvalidParameterException>(() => HormoneModulation.FromKnowledgeBase(kb));
        Assert.Contains("hormones.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("no Hormone.cortisol", error.Message, StringComparison.Ordinal);
    }
}

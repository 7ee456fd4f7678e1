using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NeuroBalance.Content;
using NeuroBalance.Content.Display;
using NeuroBalance.Content.Loading;

namespace NeuroBalance.Tests.Content;

/// <summary>Structure of the knowledge-base HTML: numbered citations, pathway SVG, matrix cells, encoding.</summary>
public sealed class ContentHtmlTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Parse(object value) => Parser.ParseDocument(ContentHtml.Render(value));

    [Fact]
    public void Card_CitationNumbers_MatchTheNumberedReferenceList()
    {
        var document = Parse(Neurochemistry.Transmitter("serotonin"));

        var listed = document.QuerySelectorAll("ol.refs > li").Length;
        var cited = document.QuerySelectorAll("sup.cite span").Select(s => int.Parse(s.TextContent, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
        Assert.Equal(Enumerable.Range(1, listed), cited);
        Assert.All(document.QuerySelectorAll("ol.refs a"), a => Assert.Matches("^https://(doi.org|pubmed.ncbi.nlm.nih.gov)/", a.GetAttribute("href")));
        Assert.NotNull(document.QuerySelector("div.nb-kb.nb-kb-card"));
    }

    [Fact]
    public void Pathway_IsAnSvg_WithEveryMoleculeEnzymeCofactorAndTheRateLimitingMark()
    {
        var pathway = Neurochemistry.Synthesis("serotonin");
        var svg = Parse(pathway).QuerySelector("svg")!;

        var text = svg.TextContent;
        Assert.Contains("⚠ RATE-LIMITING", text, StringComparison.Ordinal);
        Assert.All(pathway.Steps, s =>
        {
            Assert.Contains(s.Substrate, text, StringComparison.Ordinal);
            Assert.Contains(s.Product, text, StringComparison.Ordinal);
            Assert.Contains(s.Enzyme.Abbreviation, text, StringComparison.Ordinal);
            Assert.All(s.Cofactors, c => Assert.Contains(c, text, StringComparison.Ordinal));
        });
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("rate-limiting", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_EveryEffect_HasASymbolAWordClassAndAnEvidenceLevel()
    {
        var matrix = Hormones.Matrix();
        var document = Parse(matrix);

        var cells = document.QuerySelectorAll("td span.eff");
        Assert.Equal(matrix.Hormones.Sum(h => h.Effects.Count(e => matrix.Transmitters.Any(t => t.Id == e.TransmitterId))), cells.Length);
        Assert.All(cells, cell =>
        {
            Assert.Matches("^[▲▼◆●] ", cell.TextContent);
            Assert.Matches("dir-(increase|decrease|mixed|nochange)", cell.ClassName);
            Assert.NotNull(cell.QuerySelector(".ev"));
        });
        Assert.Equal(4, document.QuerySelectorAll("p.legend span.eff").Length);
    }

    [Fact]
    public void ReceptorTable_HasOneRowPerReceptor_WithLigandValuesCited()
    {
        var table = Neurochemistry.Receptors("dopamine");
        var document = Parse(table);

        Assert.Equal(table.Receptors.Count, document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("65 %", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void GlossaryEntry_ShowsBothDefinitionsAndRelatedTerms()
    {
        var entry = Glossary.Lookup("autoreceptor");
        var text = Parse(entry).Body!.TextContent;

        Assert.Contains(entry.Plain, text, StringComparison.Ordinal);
        Assert.Contains(entry.Precise, text, StringComparison.Ordinal);
        Assert.All(entry.Related, r => Assert.Contains(r, text, StringComparison.Ordinal));
    }

    [Fact]
    public void GlossaryAToZ_ListsEveryTermSorted_WithALetterIndex_AndRelatedLinksThatResolve()
    {
        var list = Glossary.AToZ;
        var document = Parse(list);

        Assert.Equal(Glossary.Terms.Count, list.Entries.Count);
        Assert.Equal(list.Entries.Select(e => e.Term).Order(StringComparer.OrdinalIgnoreCase), list.Entries.Select(e => e.Term));
        var terms = document.QuerySelectorAll("dt").Select(d => d.QuerySelector("strong")!.TextContent).ToArray();
        Assert.Equal(list.Entries.Select(e => e.Term), terms);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
        var links = document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToArray();
        Assert.Equal(list.Letters.Count, document.QuerySelectorAll("p.letters a").Length);
        Assert.All(links, l => Assert.True(ids.Contains(l), $"link #{l} has no target"));
        Assert.True(links.Length > list.Letters.Count + 100, $"only {links.Length} links: related terms should link to their entries");
        // Every cited reference is in the numbered list under the glossary.
        Assert.Equal(list.Entries.SelectMany(e => e.References).Distinct().Count(), document.QuerySelectorAll("ol.refs li").Length);
    }

    [Fact]
    public void ReferenceList_SaysHowEachIdentifierWasChecked()
    {
        var items = Parse(Bibliography.All).QuerySelectorAll("ol.refs li").Select(li => li.TextContent).ToArray();

        Assert.Equal(Bibliography.All.References.Count, items.Length);
        Assert.All(items, i => Assert.Matches("\\[(checked|recalled): ", i));
        Assert.Equal(Bibliography.All.References.Count(r => r.Checked == "recalled"), items.Count(i => i.Contains("[recalled: verify", StringComparison.Ordinal)));
    }

    [Fact]
    public void AllText_IsHtmlEncoded()
    {
        // Given content whose text contains markup
        const string hostile = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";
        var sources = KnowledgeBase.EmbeddedSources().Select(s => s.FileName != "transmitters.yaml" ? s : new ContentSource(s.FileName,
            s.Text.Replace("name: Serotonin\n", $"name: '{hostile.Replace("'", "''", StringComparison.Ordinal)}'\n", StringComparison.Ordinal)));
        var kb = KnowledgeBase.Load(sources);
        var serotonin = kb.Transmitters.Single(t => t.Id == "serotonin");
        Assert.Equal(hostile, serotonin.Name);

        // When rendered, Then the markup is text, not elements
        foreach (var value in new object[] { serotonin, serotonin.Synthesis, serotonin.Receptors })
        {
            var document = Parse(value);
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Empty(document.QuerySelectorAll("b"));
            Assert.Contains(hostile, document.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_RejectsOtherTypes() =>
        Assert.Throws<InvalidParameterException>(() => ContentHtml.Render("not content"));
}

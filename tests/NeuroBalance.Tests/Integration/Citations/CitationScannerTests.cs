using NeuroBalance.Content;

namespace NeuroBalance.Tests.Integration.Citations;

/// <summary>The citation scanner and resolver on their own: the forms they recognise, what they leave alone, and how they resolve.</summary>
public sealed class CitationScannerTests
{
    private static readonly CitationResolver Resolver = new(Bibliography.All.References);

    [Theory]
    [InlineData("see doi:10.1186/1742-4682-6-21.", CitationForm.Doi, "10.1186/1742-4682-6-21")]
    [InlineData("[x](https://doi.org/10.1016/S0169-328X(96)00233-1))", CitationForm.Doi, "10.1016/s0169-328x(96)00233-1")]
    [InlineData("(PMID 20723248)", CitationForm.Pmid, "20723248")]
    [InlineData("PMID: 20723248", CitationForm.Pmid, "20723248")]
    [InlineData("https://pubmed.ncbi.nlm.nih.gov/20723248/", CitationForm.Pmid, "20723248")]
    [InlineData("[PMC2755466](https://pmc.ncbi.nlm.nih.gov/articles/PMC2755466/)", CitationForm.Pmc, "PMC2755466")]
    public void Identifiers_AreFound(string text, CitationForm form, string identifier)
    {
        var mentions = CitationScanner.Scan("t.md", text);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal((form, identifier), (m.Form, m.Identifier)));
    }

    [Theory]
    [InlineData("Kramer et al. 2021", "Kramer", 2021)]
    [InlineData("Best, Nijhout & Reed 2009", "Best|Nijhout|Reed", 2009)]
    [InlineData("Sterling & Eyer (1988)", "Sterling|Eyer", 1988)]
    [InlineData("Glykys & Mody 2007", "Glykys|Mody", 2007)]
    [InlineData("as shown before (Meyer et al., 2004).", "Meyer", 2004)]
    [InlineData("Cannon 1926 first wrote it", "Cannon", 1926)]
    [InlineData("Best JA, Nijhout HF, Reed MC (2009).", "Best|Nijhout|Reed", 2009)]
    [InlineData("De Deurwaerdère & Di Giovanni 2017", "De Deurwaerdère|Di Giovanni", 2017)]
    [InlineData("/// after Youdim, Edmondson &amp; Tipton 2006", "Youdim|Edmondson|Tipton", 2006)]
    [InlineData("Pecins-Thompson & Bethea 1998", "Pecins-Thompson|Bethea", 1998)]
    public void AuthorYearMentions_AreFound(string text, string authors, int year)
    {
        var mention = Assert.Single(CitationScanner.Scan("t.cs", text));
        Assert.Equal(CitationForm.AuthorYear, mention.Form);
        Assert.Equal(authors.Split('|'), mention.Authors);
        Assert.Equal(year, mention.Year);
    }

    [Fact]
    public void SeveralYears_GiveOneCitationEach()
    {
        var mentions = CitationScanner.Scan("t.md", "Fernstrom & Wurtman 1971, 1972");
        Assert.Equal([1971, 1972], mentions.Select(m => m.Year!.Value));
        Assert.Equal(["fernstrom1971", "fernstrom1972"], mentions.Select(m => Resolver.Resolve(m).Reference?.Id));
    }

    [Fact]
    public void AuthorsWithoutAYear_CountOnlyInACitationsShape()
    {
        var mention = Assert.Single(CitationScanner.Scan("t.md", "Sumner & Fink found it; Dopamine and Serotonin are not authors."));
        Assert.Equal(CitationForm.AuthorOnly, mention.Form);
        Assert.Equal("sumner1995", Resolver.Resolve(mention).Reference?.Id);
    }

    [Theory]
    [InlineData("In 1929 Walter Cannon named it.")]
    [InlineData("See lesson 05 and Figure 2.")]
    [InlineData("Since 2024 a muscarinic agonist is approved.")]
    [InlineData("The year 1988 alone, and March 2024, are dates.")]
    [InlineData("var best2010 = Load(\"best2010\");")]
    [InlineData("The Michaelis–Menten equation.")]
    public void YearsAloneAndOrdinaryWords_AreNotCitations(string text) =>
        Assert.Empty(CitationScanner.Scan("t.cs", text));

    [Fact]
    public void Lines_AreReported_AndACitationMayRunOverTwoDocCommentLines()
    {
        var mentions = CitationScanner.Scan("src/X.cs", "// one\n/// the model of Best, Nijhout &amp;\n/// Reed 2009 is used\n");
        var mention = Assert.Single(mentions);
        Assert.Equal(("src/X.cs", 2), (mention.File, mention.Line));
        Assert.Equal("best2009", Resolver.Resolve(mention).Reference?.Id);
    }

    [Theory]
    [InlineData("Best et al. 2009", "best2009")]
    [InlineData("Best et al. 2010", "best2010")]
    [InlineData("Hernandez-Hernandez et al. 2019", "hernandez2019")]
    [InlineData("de Kloet et al. 2005", "dekloet2005")]
    [InlineData("Axelrod & Tomchick 1958", "axelrod1958")]
    [InlineData("PMC8240967", "kramer2021")]
    public void Resolution_UsesTheFirstAuthorAndTheYear_IgnoringAccentsCaseAndSpaces(string text, string id)
    {
        var resolution = Resolver.Resolve(Assert.Single(CitationScanner.Scan("t.md", text)));
        Assert.True(resolution.Reference?.Id == id, $"{resolution} [{string.Join("|", resolution.Mention.Authors)}]");
    }

    [Fact]
    public void TwoEntriesWithOneSurnameAndYear_AreAmbiguous_UntilASuffixOrASecondAuthorPicksOne()
    {
        var a = Bibliography.All.References.First(r => r.Id == "best2009");
        var twins = new CitationResolver([a with { Id = "best2009a" }, a with { Id = "best2009b", Authors = "Best J, Someone X" }]);

        Assert.Equal(2, twins.Resolve(CitationScanner.Scan("t.md", "Best et al. 2009").Single()).Matches.Count);
        Assert.Equal("best2009b", twins.Resolve(CitationScanner.Scan("t.md", "Best et al. 2009b").Single()).Reference?.Id);
        Assert.Equal("best2009b", twins.Resolve(CitationScanner.Scan("t.md", "Best & Someone 2009").Single()).Reference?.Id);
        Assert.Contains("ambiguous: best2009a, best2009b", twins.Resolve(CitationScanner.Scan("t.md", "Best et al. 2009").Single()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondAuthorWhoIsNotInTheEntry_DoesNotResolve()
    {
        // Purves-Tyson 2012 exists; "Purves-Tyson & Johnson 2012" must not silently resolve to it.
        Assert.Empty(Resolver.Resolve(CitationScanner.Scan("t.md", "Purves-Tyson & Johnson 2012").Single()).Matches);
    }
}

using NeuroBalance.Science;

namespace NeuroBalance.Tests.Science;

public sealed class CitationTests
{
    [Fact]
    public void Link_PrefersTheDoi()
    {
        var c = new Citation("Best et al. 2009", "10.1186/1742-4682-6-21", 19903338);
        Assert.Equal("https://doi.org/10.1186/1742-4682-6-21", c.Link.ToString());
        Assert.Equal("Best et al. 2009, doi:10.1186/1742-4682-6-21, PMID 19903338", c.ToString());
    }

    [Fact]
    public void Link_FallsBackToPubMed()
    {
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/8534270/", new Citation("Sleight 1996", pmid: 8534270).Link.ToString());
    }

    [Theory]
    [InlineData("https://doi.org/10.1/x")]
    [InlineData("10.1/x")]
    [InlineData("doi:10.1186/1742-4682-6-21")]
    public void MalformedDoi_IsRejected_WithTheValue(string doi)
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Citation("X", doi));
        Assert.Equal("doi", e.ParamName);
        Assert.Contains(doi, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingIdentifiers_AreRejected()
    {
        var e = Assert.Throws<InvalidParameterException>(() => new Citation("Nobody 2020"));
        Assert.Contains("needs a DOI or a PMID", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void NonPositivePmid_IsRejected(int pmid)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => new Citation("X", pmid: pmid));
        Assert.Equal("pmid", e.ParamName);
    }
}

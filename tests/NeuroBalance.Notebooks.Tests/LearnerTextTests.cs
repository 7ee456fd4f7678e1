namespace NeuroBalance.Notebooks.Tests;

/// <summary>The matching behind <see cref="LearnerPathTests"/>, on fixed texts (no kernel).</summary>
public sealed class LearnerTextTests
{
    [Theory]
    [InlineData("steady level 2 without feedback, 1.2 with feedback", 1.2, "", "1.2")]
    [InlineData("the level is 1.20", 1.2, "", "1.20")]
    [InlineData("case (1, 0.5, 4) gives 1.11111", 1.1111111, "", "1.11111")]
    [InlineData("rounded: 1.11", 1.1111111, "", "1.11")]
    [InlineData("TPH2 at 34%", 0.3412, "", "34%")]
    [InlineData("falls to 810 nM", 810, "nM", "810 nM")]
    [InlineData("falls to 0.81 µM", 810, "nM", "0.81 µM")]
    public void Statements_FindTheAnswer_InItsUsualFormats(string text, double value, string unit, string found) =>
        Assert.Contains(found, LearnerText.Statements(text, value, unit));

    [Theory]
    [InlineData("production doubles, G = 4", 2.0, "")]
    [InlineData("1.25 and 1.3", 1.2, "")]
    [InlineData("TPH2 at 34%", 0.3412, "nM")]
    [InlineData("0.81 µM", 0.81, "nM")]
    [InlineData("5-HT1A and TPH2", 1.0, "")]
    [InlineData("version 1.0.712001", 0.712001, "")]
    [InlineData("Best et al. 2009, doi:10.1186/1742-4682-6-21, PMID 19740446", 21, "")]
    public void Statements_IgnoreOtherNumbers(string text, double value, string unit) =>
        Assert.Empty(LearnerText.Statements(text, value, unit));

    [Fact]
    public void CodeNames_AreCompoundEnumMembers_NotEnglishWords()
    {
        Assert.NotEmpty(LearnerText.EnumCodeNames);
        Assert.DoesNotContain("Low", LearnerText.EnumCodeNames);
        var names = LearnerText.EnumCodeNames.First();
        Assert.Equal([names], LearnerText.CodeNamesIn($"legend: {names} at 50%"));
    }

    [Fact]
    public void ChartLabels_AreReadFromTheFigureJson_NotItsData()
    {
        var labels = LearnerText.ChartLabels("""{"data":[{"x":[1.2,3.4],"name":"TPH2 at 34%"}],"layout":{"title":{"text":"A \"title\""}}}""").ToArray();
        Assert.Equal(["TPH2 at 34%", "A \"title\""], labels);
    }
}

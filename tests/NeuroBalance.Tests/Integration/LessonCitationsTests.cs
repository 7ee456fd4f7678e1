using System.Text.RegularExpressions;
using NeuroBalance.Content;
using NeuroBalance.Course;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Linting;

namespace NeuroBalance.Tests.Integration;

/// <summary>
/// Every DOI and PubMed id that a course notebook cites is in the content library's references, so
/// the glossary-and-references appendix and the course site can show it in full, with its
/// authors, title and how it was checked.
/// </summary>
public sealed partial class LessonCitationsTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    public static TheoryData<string> Notebooks() =>
        new(Repository.NotebooksFolder.GetFiles("*.dib").Select(f => f.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryCitedIdentifier_IsInTheReferences(string notebook)
    {
        var text = string.Join("\n", DibFile.Load(Path.Combine(Repository.NotebooksFolder.FullName, notebook)).Cells.Select(c => c.Text));
        var dois = Bibliography.All.References.Select(r => r.Doi).OfType<string>().Select(d => d.TrimEnd('.').ToLowerInvariant()).ToHashSet();
        var pmids = Bibliography.All.References.Select(r => r.Pmid).OfType<int>().ToHashSet();

        var missingDois = Doi().Matches(text).Select(m => CleanDoi(m.Groups["doi"].Value)).Distinct().Where(d => !dois.Contains(d)).ToArray();
        var missingPmids = Pmid().Matches(text).Select(m => int.Parse(m.Groups["pmid"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Where(p => !pmids.Contains(p)).ToArray();

        Assert.True(missingDois.Length == 0, $"{notebook} cites DOIs that are not in references.yaml: {string.Join(", ", missingDois)}");
        Assert.True(missingPmids.Length == 0, $"{notebook} cites PMIDs that are not in references.yaml: {string.Join(", ", missingPmids)}");
    }

    /// <summary>Gets the DOIs (lower case) and PMIDs that the course notebooks cite, for the "every reference is cited" check.</summary>
    internal static (IReadOnlySet<string> Dois, IReadOnlySet<int> Pmids) CitedByNotebooks()
    {
        var text = string.Join("\n", Repository.NotebooksFolder.GetFiles("*.dib").Select(f => File.ReadAllText(f.FullName)));
        return (
            Doi().Matches(text).Select(m => CleanDoi(m.Groups["doi"].Value)).ToHashSet(),
            Pmid().Matches(text).Select(m => int.Parse(m.Groups["pmid"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet());
    }

    [Fact]
    public void NumberedLessons_CiteTheirSources()
    {
        foreach (var file in Repository.NotebooksFolder.GetFiles("*.dib").Where(f => LessonChecklist.AppliesTo(f.Name)))
        {
            var text = File.ReadAllText(file.FullName);
            Assert.True(Doi().Count(text) + Pmid().Count(text) >= 3, $"{file.Name} cites fewer than three DOIs or PMIDs.");
        }
    }

    /// <summary>
    /// A DOI as matched, without what follows it in the text: trailing punctuation, and closing
    /// parentheses that the DOI did not open (a DOI may contain balanced ones, e.g. S0169-328X(96)00233-1).
    /// </summary>
    internal static string CleanDoi(string doi)
    {
        doi = doi.TrimEnd('.', ',', ';');
        while (doi.EndsWith(')') && doi.Count(ch => ch == ')') > doi.Count(ch => ch == '('))
        {
            doi = doi[..^1].TrimEnd('.', ',', ';');
        }

        return doi.ToLowerInvariant();
    }

    [Theory]
    [InlineData("doi:10.1124/pr.55.4.4.", "10.1124/pr.55.4.4")]
    [InlineData("(doi:10.1016/S0169-328X(96)00233-1)", "10.1016/s0169-328x(96)00233-1")]
    [InlineData("[doi:10.1016/S0169-328X(96)00233-1](https://doi.org/10.1016/S0169-328X(96)00233-1)", "10.1016/s0169-328x(96)00233-1")]
    public void CleanDoi_KeepsBalancedParentheses_AndDropsTheTextAfter(string text, string expected) =>
        Assert.Equal(expected, Doi().Matches(text).Select(m => CleanDoi(m.Groups["doi"].Value)).Distinct().Single());

    [GeneratedRegex("(?i)\\b(?:doi:\\s*|doi\\.org/)(?<doi>10\\.\\d{4,9}/[^\\s\\]\"<>]+)")]
    private static partial Regex Doi();

    [GeneratedRegex("(?i)(?:PMID:?\\s*|pubmed\\.ncbi\\.nlm\\.nih\\.gov/)(?<pmid>\\d{5,9})")]
    private static partial Regex Pmid();
}

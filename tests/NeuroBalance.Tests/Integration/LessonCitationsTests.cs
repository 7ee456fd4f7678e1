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

        var missingDois = Doi().Matches(text).Select(m => m.Groups["doi"].Value.TrimEnd('.', ',', ';', ')').ToLowerInvariant()).Distinct().Where(d => !dois.Contains(d)).ToArray();
        var missingPmids = Pmid().Matches(text).Select(m => int.Parse(m.Groups["pmid"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Where(p => !pmids.Contains(p)).ToArray();

        Assert.True(missingDois.Length == 0, $"{notebook} cites DOIs that are not in references.yaml: {string.Join(", ", missingDois)}");
        Assert.True(missingPmids.Length == 0, $"{notebook} cites PMIDs that are not in references.yaml: {string.Join(", ", missingPmids)}");
    }

    /// <summary>Gets the DOIs (lower case) and PMIDs that the course notebooks cite, for the "every reference is cited" check.</summary>
    internal static (IReadOnlySet<string> Dois, IReadOnlySet<int> Pmids) CitedByNotebooks()
    {
        var text = string.Join("\n", Repository.NotebooksFolder.GetFiles("*.dib").Select(f => File.ReadAllText(f.FullName)));
        return (
            Doi().Matches(text).Select(m => m.Groups["doi"].Value.TrimEnd('.', ',', ';', ')').ToLowerInvariant()).ToHashSet(),
            Pmid().Matches(text).Select(m => int.Parse(m.Groups["pmid"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet());
    }

    [Fact]
    public void NumberedLessons_CiteTheirSources()
    {
        foreach (var file in Repository.NotebooksFolder.GetFiles("*.dib").Where(f => LessonChecklist.AppliesTo(f.Name)))
        {
            var text = File.ReadAllText(file.FullName);
            Assert.True(Doi().Matches(text).Count + Pmid().Matches(text).Count >= 3, $"{file.Name} cites fewer than three DOIs or PMIDs.");
        }
    }

    // A DOI may hold balanced parentheses (Elsevier SICI DOIs such as 10.1016/S0091-3057(01)00746-8); a ")" that closes a Markdown link is not part of it.
    [GeneratedRegex("(?i)\\b(?:doi:\\s*|doi\\.org/)(?<doi>10\\.\\d{4,9}/(?:[^\\s\\]()\"<>]|\\([^\\s()\"<>]*\\))+)")]
    private static partial Regex Doi();

    [GeneratedRegex("(?i)(?:PMID:?\\s*|pubmed\\.ncbi\\.nlm\\.nih\\.gov/)(?<pmid>\\d{5,9})")]
    private static partial Regex Pmid();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NeuroBalance.Tests.Integration.Citations;

/// <summary>The form in which a text cites a work.</summary>
public enum CitationForm
{
    /// <summary><c>doi:10.…</c> or <c>https://doi.org/10.…</c>.</summary>
    Doi,

    /// <summary><c>PMID 123</c>, <c>PMID: 123</c> or a PubMed URL.</summary>
    Pmid,

    /// <summary>A PubMed Central id, <c>PMC1234567</c>.</summary>
    Pmc,

    /// <summary>"Kramer et al. 2021", "Best, Nijhout &amp; Reed 2009", "Sterling &amp; Eyer (1988)", "(Meyer et al., 2004)", "Cannon 1926".</summary>
    AuthorYear,

    /// <summary>Authors named as a citation but without a year: "Sumner &amp; Fink", "Dreyer et al.".</summary>
    AuthorOnly,
}

/// <summary>One citation found in a file.</summary>
/// <param name="File">The file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Text">The citation as written.</param>
/// <param name="Form">Its form.</param>
/// <param name="Identifier">The DOI (lower case), PMID or PMC id; null for author mentions.</param>
/// <param name="Authors">The surnames named, first author first (empty for identifiers).</param>
/// <param name="Year">The year, or null.</param>
/// <param name="Suffix">The letter after the year ("2010a"), or null.</param>
public sealed record CitationMention(string File, int Line, string Text, CitationForm Form, string? Identifier, IReadOnlyList<string> Authors, int? Year, char? Suffix)
{
    /// <summary>"file:line: text", for failure reports.</summary>
    public override string ToString() => $"{File}:{Line}: {Text}";
}

/// <summary>
/// Finds citations in course text (notebooks, YAML, C# source, Markdown): DOIs, PMIDs, PMC ids and
/// author–year mentions. Only the forms below count; a bare year, "lesson 05" or "Figure 2" is not a
/// citation. A capitalised word directly before a year counts as a one-author citation ("Cannon 1926")
/// unless it is an ordinary English word, a month or a course word (<see cref="NotSurnames"/>).
/// </summary>
public static partial class CitationScanner
{
    /// <summary>Capitalised words that may stand before a year without being an author.</summary>
    public static readonly IReadOnlySet<string> NotSurnames = new HashSet<string>(StringComparer.Ordinal)
    {
        "In", "Since", "By", "From", "To", "Until", "Till", "Before", "After", "Around", "About", "Circa", "Of", "The", "And", "Or",
        "For", "At", "On", "Up", "Through", "During", "Between", "Early", "Late", "Mid", "Only", "Also", "Then", "Year", "Years",
        "Version", "Release", "Lesson", "Issue", "Table", "Figure", "Fig", "Chapter", "Section", "Step", "Page", "Note", "See",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Spring", "Summer", "Autumn", "Fall", "Winter", "Prize", "Nobel",
    };

    private const string Name = @"(?:(?:[Dd]e|[Dd]i|[Vv]an|[Vv]on|[Ll]e|[Dd]u|[Dd]el)\s)?\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*)?";
    private const string Initials = @"(?:\s\p{Lu}{1,3}(?![\p{L}\d]))?";
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuyyzzz";
    private const string YearPattern = @"(?:1[6-9]|20)\d\d";

    /// <summary>Finds every citation in <paramref name="text"/>.</summary>
    /// <param name="file">The file name to report (relative, with forward slashes).</param>
    /// <param name="text">The file's text. For C# files, comment markers are blanked first so that a citation may run over two doc-comment lines.</param>
    /// <returns>The citations, in order.</returns>
    public static IReadOnlyList<CitationMention> Scan(string file, string text)
    {
        if (file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            text = CommentMarker().Replace(text, m => new string(' ', m.Length));
        }

        // XML doc comments and HTML write "&" as "&amp;"; keep the length so that indexes still map to lines.
        text = text.Replace("&amp;", "&    ", StringComparison.Ordinal);

        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int LineOf(int index)
        {
            var found = lineStarts.BinarySearch(index);
            return (found >= 0 ? found : ~found - 1) + 1;
        }

        var mentions = new List<(int Index, CitationMention Mention)>();
        void Add(int index, string raw, CitationForm form, string? id, IReadOnlyList<string> authors, int? year, char? suffix) =>
            mentions.Add((index, new CitationMention(file, LineOf(index), Collapse(raw), form, id, authors, year, suffix)));

        foreach (Match m in Doi().Matches(text))
        {
            var doi = TrimDoi(m.Groups["doi"].Value);
            Add(m.Index, m.Value[..(m.Groups["doi"].Index - m.Index)] + doi, CitationForm.Doi, doi.ToLowerInvariant(), [], null, null);
        }

        foreach (Match m in Pmid().Matches(text))
        {
            Add(m.Index, m.Value, CitationForm.Pmid, m.Groups["pmid"].Value, [], null, null);
        }

        foreach (Match m in Pmc().Matches(text))
        {
            Add(m.Index, m.Value, CitationForm.Pmc, "PMC" + m.Groups["pmc"].Value, [], null, null);
        }

        foreach (Match m in AuthorYear().Matches(text))
        {
            var authors = new[] { m.Groups["a1"].Value }.Concat(m.Groups["an"].Captures.Select(c => c.Value)).Select(Collapse).ToArray();
            var single = authors.Length == 1 && !m.Groups["etal"].Success;
            if (!m.Groups["year"].Success)
            {
                // Authors without a year count only in a citation's shape: "X et al." or "X & Y".
                if (!single && (m.Groups["etal"].Success || m.Value.Contains('&', StringComparison.Ordinal)))
                {
                    Add(m.Index, m.Value, CitationForm.AuthorOnly, null, authors, null, null);
                }

                continue;
            }

            if (single && NotSurnames.Contains(authors[0]))
            {
                continue;
            }

            var suffix = m.Groups["suffix"].Success ? m.Groups["suffix"].Value[0] : (char?)null;
            Add(m.Index, m.Value, CitationForm.AuthorYear, null, authors, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), suffix);
            foreach (Capture more in m.Groups["more"].Captures)
            {
                var y = new string(more.Value.Where(char.IsDigit).ToArray());
                var s = char.IsLetter(more.Value[^1]) ? more.Value[^1] : (char?)null;
                Add(m.Index, m.Value, CitationForm.AuthorYear, null, authors, int.Parse(y, CultureInfo.InvariantCulture), s);
            }
        }

        return mentions.OrderBy(x => x.Index).Select(x => x.Mention).ToArray();
    }

    /// <summary>
    /// A DOI as matched, without what follows it in the text: trailing punctuation, and closing
    /// parentheses that the DOI did not open (a DOI may contain balanced ones, e.g. S0169-328X(96)00233-1).
    /// </summary>
    /// <param name="doi">The DOI as matched.</param>
    /// <returns>The DOI in lower case.</returns>
    public static string CleanDoi(string doi) => TrimDoi(doi).ToLowerInvariant();

    private static string TrimDoi(string doi)
    {
        char[] trailing = ['.', ',', ';', ':', '*', '_', '`', '\''];
        doi = doi.TrimEnd(trailing);
        while (doi.EndsWith(')') && doi.Count(ch => ch == ')') > doi.Count(ch => ch == '('))
        {
            doi = doi[..^1].TrimEnd(trailing);
        }

        return doi;
    }

    /// <summary>A surname reduced for comparison: no diacritics, no case, no spaces, hyphens or apostrophes.</summary>
    /// <param name="surname">The surname as written.</param>
    /// <returns>The comparison key.</returns>
    public static string Key(string surname)
    {
        // Folded by table as well as by normalisation: under invariant globalisation Normalize may leave "á" as it is.
        var text = new StringBuilder();
        foreach (var ch in surname.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(ch))
            {
                var lower = char.ToLowerInvariant(ch);
                var folded = Accented.IndexOf(lower, StringComparison.Ordinal);
                text.Append(folded >= 0 ? Plain[folded] : lower);
            }
        }

        return text.ToString();
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?m)^[ \t]*///?")]
    private static partial Regex CommentMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("(?i)\\b(?:doi:\\s*|doi\\.org/)(?<doi>10\\.\\d{4,9}/[^\\s\\]\"<>|]+)")]
    private static partial Regex Doi();

    [GeneratedRegex("(?i)(?:\\bPMID:?\\s*|pubmed\\.ncbi\\.nlm\\.nih\\.gov/|\\bPubMed\\s+)(?<pmid>\\d{5,9})\\b")]
    private static partial Regex Pmid();

    [GeneratedRegex("\\bPMC(?<pmc>\\d{5,9})\\b")]
    private static partial Regex Pmc();

    [GeneratedRegex(
        "(?<![\\p{L}\\d])(?<a1>" + Name + ")" + Initials +
        "(?:(?<etal>\\s+et\\s+al\\.?)|(?:,\\s+(?<an>" + Name + ")" + Initials + ")*(?:,?\\s+(?:&|and)\\s+(?<an>" + Name + ")" + Initials + ")?)" +
        "(?:(?:,\\s*|\\s*(?<open>\\()|\\s+)(?<year>" + YearPattern + ")(?<suffix>[a-f])?(?<more>,\\s*" + YearPattern + "[a-f]?)*(?![\\p{L}\\d])(?(open)\\)?))?")]
    private static partial Regex AuthorYear();
}

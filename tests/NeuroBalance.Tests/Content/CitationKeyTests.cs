using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NeuroBalance.Content;
using NeuroBalance.Course;

namespace NeuroBalance.Tests.Content;

/// <summary>
/// One source of truth for citations: code cites a source by its <c>references.yaml</c> id through
/// <see cref="References.Cite"/>, and the DOI or PMID is written only in <c>references.yaml</c>.
/// </summary>
/// <remarks>
/// <para>Rule for <see cref="NoStringLiteral_UnderTheCoreLibrary_HoldsADoiOrPmid"/>: no C# string literal
/// (regular, verbatim, interpolated or raw; every part of an interpolated string) in a <c>.cs</c> file under
/// <c>src/NeuroBalance/</c> may contain a DOI (<c>10.NNNN/…</c>, 4–9 digits) or a PMID ("PMID 123456",
/// "pmid: 123456" or a pubmed.ncbi.nlm.nih.gov/123456 link), and no call may pass a number as a
/// <c>pmid:</c> argument. Comments, including XML doc comments, may mention a DOI: they document where a
/// model's numbers come from and are never shown to a learner; the text a learner sees is built from
/// <see cref="References.Cite"/>.</para>
/// <para>Rule for <see cref="EveryCiteKey_InSourcesAndNotebooks_IsAReferenceId"/>: every literal key of a
/// <c>Cite("…")</c> call in a <c>.cs</c> file under <c>src/</c> or <c>notebooks/</c>, or in a notebook
/// (<c>.dib</c>), is an id in <c>references.yaml</c>.</para>
/// </remarks>
public sealed partial class CitationKeyTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    [Fact]
    public void EveryCiteKey_InSourcesAndNotebooks_IsAReferenceId()
    {
        var files = CodeFiles("src", "*.cs").Concat(CodeFiles("notebooks", "*.cs")).Concat(CodeFiles("notebooks", "*.dib")).ToArray();
        var uses = files.SelectMany(f => CiteKeys(File.ReadAllText(f)).Select(k => (File: Path.GetRelativePath(Repository.Root.FullName, f), Key: k))).ToArray();

        Assert.True(uses.Length >= 40, $"only {uses.Length} Cite(\"…\") calls found; has the citation API moved?");
        var ids = KnowledgeBase.Default.References.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = uses.Where(u => !ids.Contains(u.Key)).Select(u => $"{u.File}: Cite(\"{u.Key}\")").Distinct().ToArray();
        Assert.True(unknown.Length == 0, "unknown references.yaml ids:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void NoStringLiteral_UnderTheCoreLibrary_HoldsADoiOrPmid()
    {
        var files = CodeFiles(Path.Combine("src", "NeuroBalance"), "*.cs").ToArray();
        Assert.True(files.Length > 50, $"only {files.Length} C# files found under src/NeuroBalance");
        var problems = files.SelectMany(f => IdentifierLiterals(File.ReadAllText(f)).Select(p => $"{Path.GetRelativePath(Repository.Root.FullName, f)}:{p}")).ToArray();
        Assert.True(problems.Length == 0, "DOIs/PMIDs typed into C# (cite the references.yaml id with References.Cite instead):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheLiteralScan_FindsDoisAndPmids_InEveryKindOfStringLiteral_ButNotInComments()
    {
        const string Code = """
            /// <summary>Best 2009, doi:10.1186/1742-4682-6-21 (allowed: a doc comment).</summary>
            // PMID 19903338 (allowed: a comment)
            class C
            {
                static readonly Citation A = new("Best 2009", "10.1186/1742-4682-6-21");
                static readonly Citation B = new("Cyr 2000", pmid: 10869887);
                string D => $"Model: Best (doi:10.1186/{x}) ok";
                string E => @"see PMID 7595557";
                string F => "https://pubmed.ncbi.nlm.nih.gov/20723248/";
                string G => "Km 10.5 µM and 10.1/2 are not DOIs";
            }
            """;
        var found = IdentifierLiterals(Code);
        Assert.Equal(["5: DOI in \"10.1186/1742-4682-6-21\"", "6: pmid: 10869887", "7: DOI in \"Model: Best (doi:10.1186/\"", "8: PMID in \"see PMID 7595557\"", "9: PMID in \"https://pubmed.ncbi.nlm.nih.gov/20723248/\""], found);
    }

    [Fact]
    public void TheKeyScan_FindsKeys_AndAWrongKeyIsReported()
    {
        var keys = CiteKeys("""var a = References.Cite("best2009"); var b = NeuroBalance.Content.References.Cite( "bset2009" ).Label;""");
        Assert.Equal(["best2009", "bset2009"], keys);
        Assert.False(References.Exists("bset2009"));
        var error = Assert.Throws<InvalidParameterException>(() => References.Cite("bset2009"));
        Assert.Contains("did you mean 'best2009'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_ReturnsTheCitationOfTheReferencesYamlEntry()
    {
        var best = KnowledgeBase.Default.References.Single(r => r.Id == "best2010");
        Assert.Equal(best.Citation, References.Cite("best2010"));
        Assert.Equal("10.1186/1742-4682-7-34", References.Cite("best2010").Doi);
        Assert.Equal(20723248, References.Cite("best2010").Pmid);
        Assert.Same(best, References.Reference("best2010"));
        Assert.Throws<InvalidParameterException>(() => References.Cite(" "));
        Assert.Throws<InvalidParameterException>(() => References.Cite("Best et al. 2010"));
    }

    internal static IReadOnlyList<string> CiteKeys(string text) =>
        CiteCall().Matches(text).Select(m => m.Groups["key"].Value).ToArray();

    /// <summary>Every string literal holding a DOI or PMID, and every numeric <c>pmid:</c> argument, as "line: what".</summary>
    internal static IReadOnlyList<string> IdentifierLiterals(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        var found = new List<string>();
        foreach (var token in root.DescendantTokens())
        {
            if (token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                or SyntaxKind.Utf8MultiLineRawStringLiteralToken)
            {
                var text = token.ValueText.Length > 0 ? token.ValueText : token.Text;
                var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                if (Doi().IsMatch(text))
                {
                    found.Add($"{line}: DOI in \"{text}\"");
                }
                else if (Pmid().IsMatch(text))
                {
                    found.Add($"{line}: PMID in \"{text}\"");
                }
            }
        }

        foreach (var argument in root.DescendantNodes().OfType<ArgumentSyntax>())
        {
            if (argument.NameColon?.Name.Identifier.ValueText is { } name && name.Equals("pmid", StringComparison.OrdinalIgnoreCase)
                && argument.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number)
            {
                found.Add($"{argument.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: pmid: {number.Token.ValueText}");
            }
        }

        return found.OrderBy(f => int.Parse(f[..f.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    private static IEnumerable<string> CodeFiles(string folder, string pattern)
    {
        var path = Path.Combine(Repository.Root.FullName, folder);
        return !Directory.Exists(path)
            ? []
            : Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\bCite\(\s*""(?<key>[^""]*)""\s*\)")]
    private static partial Regex CiteCall();

    [GeneratedRegex(@"\b10\.\d{4,9}/")]
    private static partial Regex Doi();

    [GeneratedRegex(@"(?i)\bPMID\s*:?\s*\d{4,9}|pubmed\.ncbi\.nlm\.nih\.gov/\d+")]
    private static partial Regex Pmid();
}

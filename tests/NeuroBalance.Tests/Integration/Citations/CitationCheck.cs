using NeuroBalance.Content;
using NeuroBalance.Content.Display;

namespace NeuroBalance.Tests.Integration.Citations;

/// <summary>
/// The course rule "every citation resolves": every citation that <see cref="CitationScanner"/> finds
/// must resolve (<see cref="CitationResolver"/>) to exactly one reference whose identifier is verified,
/// that is, whose <c>checked</c> is <c>lookup</c> (matched on a bibliographic page or record). A
/// <c>recalled</c> reference is accepted only if every display of it (the plain text and the HTML
/// reference list) carries the "unverified identifier" mark; anything else fails.
/// </summary>
public static class CitationCheck
{
    /// <summary>The files the course ships text in, relative to the repository root: notebooks and their lesson units (exercise files and code), content YAML (except the reference list itself), C# sources under src/, docs/*.md and README.md.</summary>
    /// <param name="root">The repository root.</param>
    /// <returns>Relative paths with forward slashes, sorted.</returns>
    public static IReadOnlyList<string> CourseFiles(DirectoryInfo root)
    {
        IEnumerable<FileInfo> Files(string folder, string pattern, SearchOption option) =>
            Directory.Exists(Path.Combine(root.FullName, folder))
                ? new DirectoryInfo(Path.Combine(root.FullName, folder)).EnumerateFiles(pattern, option)
                : [];

        var files = Files("notebooks", "*.dib", SearchOption.TopDirectoryOnly)
            .Concat(Files("notebooks", "*.yaml", SearchOption.AllDirectories))
            .Concat(Files("notebooks", "*.cs", SearchOption.AllDirectories))
            .Concat(Files(Path.Combine("src", "NeuroBalance", "Content", "Data"), "*.yaml", SearchOption.TopDirectoryOnly).Where(f => f.Name != "references.yaml"))
            .Concat(Files("src", "*.cs", SearchOption.AllDirectories))
            .Concat(Files("docs", "*.md", SearchOption.TopDirectoryOnly))
            .Concat(Files(".", "README.md", SearchOption.TopDirectoryOnly));
        return files
            .Select(f => Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part is "bin" or "obj"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Scans and resolves every citation in <paramref name="files"/>.</summary>
    /// <param name="files">(relative path, text) pairs.</param>
    /// <param name="references">The references to resolve against.</param>
    /// <returns>Every citation with its resolution.</returns>
    public static IReadOnlyList<CitationResolution> Resolve(IEnumerable<(string Path, string Text)> files, IReadOnlyList<Reference> references)
    {
        var resolver = new CitationResolver(references);
        return files.SelectMany(f => CitationScanner.Scan(f.Path, f.Text)).Select(resolver.Resolve).ToArray();
    }

    /// <summary>The problems: unresolved or ambiguous citations, and citations of an unverified reference that a display does not mark.</summary>
    /// <param name="resolutions">The resolutions.</param>
    /// <returns>One line per problem, "file:line: citation → what is wrong".</returns>
    public static IReadOnlyList<string> Problems(IEnumerable<CitationResolution> resolutions) =>
        resolutions
            .Select(r => r.Reference is null
                ? r.ToString()
                : IsVerifiedOrMarked(r.Reference)
                    ? null
                    : $"{r.Mention} → {r.Reference.Id} is checked '{r.Reference.Checked}' and is not shown as unverified: verify it (checked: lookup) or mark it")
            .OfType<string>()
            .ToArray();

    /// <summary>True when the reference's identifier is verified, or every display of it carries the "unverified identifier" mark.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>Whether a citation of it is acceptable.</returns>
    public static bool IsVerifiedOrMarked(Reference reference) =>
        reference.Checked == "lookup"
        || (reference.Checked == "recalled"
            && reference.ToString().Contains(Reference.UnverifiedMark, StringComparison.Ordinal)
            && ContentHtml.Render(new ReferenceList([reference])).Contains(Reference.UnverifiedMark, StringComparison.Ordinal));
}

using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NeuroBalance.Course;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Tests.Linting;

/// <summary>Relative links in the README and docs/*.md point at files and headings that exist.</summary>
public sealed class DocsLinksTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in new DirectoryInfo(Path.Combine(Repository.Root.FullName, "docs")).GetFiles("*.md").Append(new FileInfo(Path.Combine(Repository.Root.FullName, "README.md"))))
        {
            data.Add(Path.GetRelativePath(Repository.Root.FullName, file.FullName).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void RelativeLinks_Resolve(string document)
    {
        var file = new FileInfo(Path.Combine(Repository.Root.FullName, document));
        var broken = Links(file)
            .Where(target => !MarkdownSyntax.HasScheme(target))
            .Where(target => Problem(file, target) is not null)
            .Select(target => $"{document}: '{target}': {Problem(file, target)}")
            .ToArray();

        Assert.True(broken.Length == 0, string.Join("\n", broken));
    }

    [Fact]
    public void Problem_FindsAMissingFileAndAMissingHeading()
    {
        var readme = new FileInfo(Path.Combine(Repository.Root.FullName, "README.md"));

        Assert.NotNull(Problem(readme, "docs/no-such-file.md"));
        Assert.NotNull(Problem(readme, "docs/tooling.md#no-such-heading"));
        Assert.Null(Problem(readme, "docs/tooling.md"));
    }

    private static IEnumerable<string> Links(FileInfo file) =>
        Markdown.Parse(File.ReadAllText(file.FullName), MarkdownSyntax.Pipeline)
            .Descendants<LinkInline>()
            .Select(l => l.Url)
            .OfType<string>()
            .Where(u => u.Length > 0);

    private static string? Problem(FileInfo from, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash >= 0 ? target[..hash] : target);
        var anchor = hash >= 0 ? target[(hash + 1)..] : null;
        var resolved = path.Length == 0 ? from.FullName : Path.GetFullPath(Path.Combine(from.DirectoryName!, path));
        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file";
        }

        if (anchor is null || !resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return MarkdownSyntax.HeadingIds(File.ReadAllText(resolved)).Contains(anchor, StringComparer.Ordinal) ? null : $"no heading with the id '{anchor}'";
    }
}

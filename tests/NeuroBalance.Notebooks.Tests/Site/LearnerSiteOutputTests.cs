using AngleSharp.Html.Parser;
using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Notebooks.Tests.Site;

/// <summary>
/// The site <c>build</c> publishes, with every output from the real kernel: no page shows a solution
/// marker, and no line of a reference solution appears outside a closed "show the reference solution"
/// block (which only <c>.Solution()</c> after the hints produces).
/// </summary>
public sealed class LearnerSiteOutputTests
{
    [Fact]
    public async Task LearnerSite_WithOutputs_ShowsNoSolution()
    {
        var site = await BuiltSite.GetAsync();
        var parser = new HtmlParser();
        var leaks = new List<string>();
        foreach (var notebook in NotebookRuns.Repository.FindNotebooks())
        {
            var lines = (await File.ReadAllTextAsync(notebook.FullName, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n").Split('\n');
            var solution = SolutionRegions.Find(string.Join('\n', lines), notebook.Name)
                .SelectMany(r => lines[r.BeginLine..((r.PlaceholderLine ?? r.EndLine) - 1)])
                .Select(l => l.Trim())
                .Where(l => l.Length >= 8 && !l.StartsWith("//", StringComparison.Ordinal));
            var lesson = BuiltSite.Lessons.Single(l => l.File.Name == notebook.Name);
            Assert.True(lesson.Succeeded, lesson.FormatError ?? lesson.Result?.DescribeFailures());
            var html = await File.ReadAllTextAsync(Path.Combine(site.FullName, lesson.PageName), TestContext.Current.CancellationToken);
            leaks.AddRange(new[] { "BEGIN SOLUTION", "END SOLUTION", "STUDENT PLACEHOLDER" }.Where(m => html.Contains(m, StringComparison.Ordinal)).Select(m => $"{notebook.Name}: '{m}'"));
            var page = parser.ParseDocument(html);
            foreach (var closed in page.QuerySelectorAll("details").ToArray())
            {
                closed.Remove();
            }

            var text = page.Body!.TextContent;
            leaks.AddRange(solution.Where(l => text.Contains(l, StringComparison.Ordinal)).Select(l => $"{notebook.Name}: `{l}`"));
        }

        Assert.True(leaks.Count == 0, "solutions on the learner's site:\n" + string.Join("\n", leaks));
    }
}

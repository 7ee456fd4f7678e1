using AngleSharp.Html.Parser;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>
/// The published site is the learner's version: built from the whole course (pages written without
/// running the kernel), no page shows a solution marker or a line of reference-solution code; the
/// instructor's version of the same course does (so the check can fail).
/// </summary>
public sealed class LearnerSiteTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    /// <summary>Every substantial line inside a solution region of the course's instructor notebooks, by notebook file name.</summary>
    internal static IReadOnlyDictionary<string, string[]> SolutionLines(CourseRepository repository) =>
        repository.FindNotebooks().ToDictionary(
            f => f.Name,
            f =>
            {
                var lines = File.ReadAllText(f.FullName).ReplaceLineEndings("\n").Split('\n');
                return SolutionRegions.Find(string.Join('\n', lines), f.Name)
                    .SelectMany(r => lines[r.BeginLine..((r.PlaceholderLine ?? r.EndLine) - 1)])
                    .Select(l => l.Trim())
                    .Where(l => l.Length >= 8 && !l.StartsWith("//", StringComparison.Ordinal))
                    .ToArray();
            });

    private static Dictionary<string, string> BuildSite(bool learner, string name)
    {
        var plan = CoursePlan.Create(Repository);
        var id = Guid.NewGuid().ToString("N");
        if (learner)
        {
            plan = CoursePlan.ForLearners(plan, ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", "staging-" + id)));
        }

        var site = ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", name + "-" + id));
        new SiteWriter(new SiteOptions("Course", string.Empty, "PLOTLY", [], learner ? SiteEdition.Learner : SiteEdition.Instructor)).Write(plan, site);
        return plan.Where(l => l.Dib is not null).ToDictionary(l => l.File.Name, l => File.ReadAllText(Path.Combine(site.FullName, l.PageName)));
    }

    private static IEnumerable<string> Leaks(Dictionary<string, string> pages)
    {
        var parser = new HtmlParser();
        foreach (var (notebook, solutionLines) in SolutionLines(Repository))
        {
            var html = pages[notebook];
            foreach (var marker in new[] { "BEGIN SOLUTION", "END SOLUTION", "STUDENT PLACEHOLDER" }.Where(m => html.Contains(m, StringComparison.Ordinal)))
            {
                yield return $"{notebook}: '{marker}'";
            }

            var text = parser.ParseDocument(html).Body!.TextContent;
            foreach (var line in solutionLines.Where(l => text.Contains(l, StringComparison.Ordinal)))
            {
                yield return $"{notebook}: solution line `{line}`";
            }
        }
    }

    [Fact]
    public void LearnerSite_ShowsNoSolutionMarker_AndNoLineOfAReferenceSolution()
    {
        var pages = BuildSite(learner: true, "learner-site");

        var leaks = Leaks(pages).ToArray();

        Assert.True(leaks.Length == 0, "solutions on the learner's site:\n" + string.Join("\n", leaks));
        Assert.All(pages.Values, p => Assert.Contains("Learner version: no solutions shown", p, StringComparison.Ordinal));
        // The course has solutions to hide (so the check above looked at some).
        Assert.True(SolutionLines(Repository).Values.Sum(l => l.Length) >= 30);
    }

    [Fact]
    public void InstructorSite_ShowsTheSolutions_SoTheLeakCheckCanFail()
    {
        var pages = BuildSite(learner: false, "instructor-site");

        var leaks = Leaks(pages).ToArray();

        Assert.Contains(leaks, l => l.StartsWith("01-origin-and-balance.dib: solution line `var choice = \"A\";`", StringComparison.Ordinal));
        Assert.Contains(leaks, l => l.EndsWith("'BEGIN SOLUTION'", StringComparison.Ordinal));
        Assert.All(pages.Values, p => Assert.Contains("Instructor version: solutions shown", p, StringComparison.Ordinal));
    }
}

using NeuroBalance.Charts;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Notebooks.Tests.Site;

/// <summary>
/// The course site, built once per test run from the same real-kernel runs that the notebook tests
/// use (so no notebook runs twice), into <c>artifacts/test-site/</c>.
/// </summary>
internal static class BuiltSite
{
    private static readonly Lazy<Task<DirectoryInfo>> Site = new(BuildAsync);

    internal static Task<DirectoryInfo> GetAsync() => Site.Value;

    private static async Task<DirectoryInfo> BuildAsync()
    {
        var repository = NotebookRuns.Repository;
        var lessons = new List<LessonBuild>();
        foreach (var lesson in CoursePlan.Create(repository))
        {
            lessons.Add(await CoursePlan.RunAsync(lesson, (file, _, _) => NotebookRuns.RunAsync(repository.RelativePath(file)), null, CancellationToken.None));
        }

        var output = ArtifactsFolder.Resolve(repository, null, "test-site");
        var map = CourseMap.Load(repository);
        CourseOutput.Write(repository, lessons, output, new SiteOptions(map.Title, map.Description, PlotlyScript.MinifiedSource, PlotlyScript.InlineScriptSource, GlossarySources.FromLessons(lessons)), TimeSpan.Zero);
        return output;
    }
}

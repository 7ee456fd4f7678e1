using NeuroBalance.Charts;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Publishing;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Notebooks.Tests.Site;

/// <summary>
/// The course site as <c>build</c> publishes it, the learner's version (solutions hidden), built once
/// per test run into <c>artifacts/test-site/</c> from the real-kernel runs of the lessons' learner versions in <see cref="CourseRun"/>.
/// </summary>
internal static class BuiltSite
{
    private static readonly Lazy<Task<DirectoryInfo>> Site = new(BuildAsync);

    internal static Task<DirectoryInfo> GetAsync() => Site.Value;

    internal static IReadOnlyList<LessonBuild> Lessons { get; private set; } = [];

    private static async Task<DirectoryInfo> BuildAsync()
    {
        var repository = NotebookRuns.Repository;
        var lessons = (await CourseRun.GetAsync()).LearnerLessons;
        Lessons = lessons;
        var output = ArtifactsFolder.Resolve(repository, null, "test-site");
        var map = CourseMap.Load(repository);
        CourseOutput.Write(repository, lessons, output, new SiteOptions(map.Title, map.Description, PlotlyScript.MinifiedSource, PlotlyScript.InlineScriptSource, GlossarySources.FromLessons(lessons), SiteEdition.Learner), TimeSpan.Zero);
        return output;
    }
}

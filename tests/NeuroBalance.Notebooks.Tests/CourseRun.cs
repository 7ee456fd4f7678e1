using NeuroBalance.Course;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The whole course, run once per test run with the course runner: every course notebook as written
/// (the instructor's sources) and every lesson's learner version (solutions replaced, staged in
/// <c>artifacts/test-site-notebooks/</c>), all in one batch, one kernel per core at a time with the next
/// kernel started ahead, as <c>build</c> runs them. Every check that looks at a course notebook's run
/// (pass/fail, exercises, charts, the built site) reads these results instead of running it again.
/// </summary>
internal static class CourseRun
{
    private static readonly Lazy<Task<CourseResults>> Run = new(RunAsync);

    /// <summary>Gets the results, running the course the first time.</summary>
    internal static Task<CourseResults> GetAsync() => Run.Value;

    /// <summary>Gets whether a notebook (repository-relative path) is one that this run covers.</summary>
    internal static bool Covers(string relativePath) =>
        NotebookRuns.Repository.FindNotebooks().Any(f => NotebookRuns.Repository.RelativePath(f) == relativePath);

    private static async Task<CourseResults> RunAsync()
    {
        var repository = NotebookRuns.Repository;
        NotebookRuns.RequireLibrary();
        var sources = repository.FindNotebooks();
        var learner = CoursePlan.ForLearners(CoursePlan.Create(repository), ArtifactsFolder.Resolve(repository, null, "test-site-notebooks"));
        var files = sources.Select(f => f.FullName).Concat(learner.Where(l => l.Dib is not null).Select(l => (l.RunFrom ?? l.File).FullName)).ToArray();

        var runner = new NotebookRunner(repository);
        var batch = runner.StartBatch(files);
        IReadOnlyList<NotebookResult> results;
        await using (batch.ConfigureAwait(false))
        {
            results = await OrderedJobs.RunAsync(
                [.. files.Select(f => (Func<Task<NotebookResult>>)(() => batch.RunAsync(f, cancellationToken: CancellationToken.None)))],
                Environment.ProcessorCount).ConfigureAwait(false);
        }

        var byFile = files.Zip(results).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var lessons = new List<LessonBuild>(learner.Count);
        foreach (var lesson in learner)
        {
            lessons.Add(await CoursePlan.RunAsync(lesson, (file, _, _) => Task.FromResult(byFile[file.FullName]), null, CancellationToken.None).ConfigureAwait(false));
        }

        return new CourseResults(sources.ToDictionary(repository.RelativePath, f => byFile[f.FullName], StringComparer.Ordinal), lessons);
    }
}

/// <summary>What <see cref="CourseRun"/> ran.</summary>
/// <param name="Sources">The run of each course notebook as written, by repository-relative path.</param>
/// <param name="LearnerLessons">Every lesson of the course plan in its learner version, in course order, with its run.</param>
internal sealed record CourseResults(IReadOnlyDictionary<string, NotebookResult> Sources, IReadOnlyList<LessonBuild> LearnerLessons);

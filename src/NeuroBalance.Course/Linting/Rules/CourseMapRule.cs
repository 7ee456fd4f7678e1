using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB010 (warning): the notebook is registered in <c>notebooks/course.json</c>, and every file the course map lists exists.</summary>
public sealed class CourseMapRule() : LintRule(Rule)
{
    /// <summary>The rule's descriptor (also used for the stale course tables that <c>lint</c> reports as errors).</summary>
    public static readonly LintRuleDescriptor Rule = new(LintRules.CourseMap, "Course map", LintSeverity.Warning,
        "The notebook is registered in `notebooks/course.json`, and every file the course map lists exists; the generated course tables are up to date (an error)");

    private HashSet<string>? registered;

    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        var repository = target.Run.Repository;
        if (Registered(target.Run) is { } lessons && target.File.Directory!.FullName == repository.NotebooksFolder.FullName && !lessons.Contains(target.File.FullName))
        {
            report(1, $"not registered in notebooks/{CourseMap.FileName}; the site lists it under 'Unlisted'. Add {{ \"file\": \"{target.File.Name}\", \"part\": \"...\" }} to its lessons.");
        }
    }

    /// <inheritdoc />
    protected override void Conclude(LintRun run, Action<string, int, string> report)
    {
        if (Registered(run) is not { } lessons)
        {
            return;
        }

        var map = run.Repository.RelativePath(CourseMap.PathIn(run.Repository));
        foreach (var missing in lessons.Where(r => !File.Exists(r)))
        {
            report(map, 1, $"lists {Path.GetFileName(missing)}, which does not exist in notebooks/; the site leaves it out.");
        }
    }

    private HashSet<string>? Registered(LintRun run) =>
        !run.CheckCourseMap ? null
        : registered ??= CourseMap.Load(run.Repository).Lessons
            .Select(l => Path.GetFullPath(Path.Combine(run.Repository.NotebooksFolder.FullName, l.File)))
            .ToHashSet(StringComparer.Ordinal);
}

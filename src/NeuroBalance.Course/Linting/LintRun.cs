namespace NeuroBalance.Course.Linting;

/// <summary>One run of the linter over a set of notebooks.</summary>
/// <param name="Repository">The repository (relative paths, the course map).</param>
/// <param name="CheckCourseMap">Whether notebooks missing from <c>notebooks/course.json</c> (and listed files that are missing) are reported.</param>
public sealed record LintRun(CourseRepository Repository, bool CheckCourseMap);

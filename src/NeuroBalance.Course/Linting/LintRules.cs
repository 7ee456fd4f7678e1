namespace NeuroBalance.Course.Linting;

/// <summary>The rule ids of <c>neurobalance lint</c> (the lint contract in docs/tooling.md); each rule is a class in <c>Linting/Rules</c> with its descriptor.</summary>
public static class LintRules
{
    /// <summary>The file is not a well-formed .dib (bad <c>#!meta</c> JSON, unknown cell marker...).</summary>
    public const string Format = "NB000";

    /// <summary>The first cell is markdown starting with <c># Title</c>.</summary>
    public const string Title = "NB001";

    /// <summary>A <c>## Learning objectives</c> heading followed by a list.</summary>
    public const string Objectives = "NB002";

    /// <summary>A <c>## References</c> or <c>## Further reading</c> heading.</summary>
    public const string References = "NB003";

    /// <summary>The <c>#!meta</c> block with <c>kernelInfo</c> is present.</summary>
    public const string KernelMetadata = "NB004";

    /// <summary><c>#r "nuget: Name, Version"</c> pins an exact version.</summary>
    public const string PinnedPackages = "NB005";

    /// <summary>No absolute paths (/root, /home, /tmp, C:\ ...).</summary>
    public const string AbsolutePaths = "NB006";

    /// <summary>Markdown links to local files and anchors resolve.</summary>
    public const string Links = "NB007";

    /// <summary>Exercises are <c>Exercise.Get("id")</c> with a literal id, unique across the course.</summary>
    public const string ExerciseIds = "NB008";

    /// <summary>Charts come from library helpers returning <c>Figure</c> (which always has a description); no raw Plotly.NET.</summary>
    public const string Charts = "NB009";

    /// <summary>The notebook is registered in <c>notebooks/course.json</c> (warning).</summary>
    public const string CourseMap = "NB010";

    /// <summary>A numbered lesson (01-…) meets the lesson checklist: see <see cref="LessonChecklist"/>.</summary>
    public const string LessonChecklist = "NB011";
}

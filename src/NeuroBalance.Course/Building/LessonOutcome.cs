namespace NeuroBalance.Course.Building;

/// <summary>How a lesson came out of a build.</summary>
public enum LessonOutcome
{
    /// <summary>The notebook was read and every cell that runs passed.</summary>
    Passed,

    /// <summary>The notebook was read, but a cell failed, the kernel did not start, or the results did not match the cells.</summary>
    Failed,

    /// <summary>The notebook could not be read (a format or solution-marker error); it did not run.</summary>
    Malformed,
}

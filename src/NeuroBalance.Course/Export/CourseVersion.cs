namespace NeuroBalance.Course.Export;

/// <summary>Which version of the notebooks to write.</summary>
public enum CourseVersion
{
    /// <summary>Solution regions replaced by their placeholders (see <see cref="Authoring.SolutionRegions"/>); hints kept.</summary>
    Student,

    /// <summary>Everything kept, solutions included.</summary>
    Instructor,
}

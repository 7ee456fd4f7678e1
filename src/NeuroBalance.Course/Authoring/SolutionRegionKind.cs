namespace NeuroBalance.Course.Authoring;

/// <summary>The two marker styles of a solution region.</summary>
public enum SolutionRegionKind
{
    /// <summary>In a code cell: <c>// BEGIN SOLUTION</c> … <c>// END SOLUTION</c>.</summary>
    Code,

    /// <summary>In a markdown cell: <c>&lt;!-- BEGIN SOLUTION --&gt;</c> … <c>&lt;!-- END SOLUTION --&gt;</c>.</summary>
    Markdown,
}

using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Building;

/// <summary>One lesson of a course build: where it comes from, what it says, and how it ran.</summary>
/// <param name="File">The notebook file.</param>
/// <param name="Name">The repository-relative path, e.g. <c>notebooks/00-start-here.dib</c>.</param>
/// <param name="Slug">The file-name stem used for its page and .ipynb (letters, digits, '-', '_', '.').</param>
/// <param name="Part">The course part (from the course map).</param>
/// <param name="Outline">Title and objectives.</param>
/// <param name="Dib">The parsed notebook, or null when it is malformed.</param>
/// <param name="FormatError">Why the notebook could not be read (file:line: problem), or null.</param>
/// <param name="Result">How it ran in the kernel, or null when it did not run.</param>
public sealed record LessonBuild(FileInfo File, string Name, string Slug, string Part, LessonOutline Outline, DibFile? Dib, string? FormatError, NotebookResult? Result)
{
    /// <summary>
    /// Gets the file the kernel runs, when it is not <see cref="File"/>: the learner's version of the
    /// lesson, written to a staging folder by <see cref="CoursePlan.ForLearners"/>. Links, pages and
    /// names still come from <see cref="File"/>.
    /// </summary>
    public FileInfo? RunFrom { get; init; }

    /// <summary>Gets whether the notebook was read and every cell passed.</summary>
    public bool Succeeded => FormatError is null && Result is { Succeeded: true };

    /// <summary>Gets the page file name, e.g. <c>00-start-here.html</c>.</summary>
    public string PageName => Slug + ".html";

    /// <summary>Gets the notebook file name in the site, e.g. <c>00-start-here.ipynb</c>.</summary>
    public string IpynbName => Slug + ".ipynb";

    /// <summary>Gets the cells to show, each with its result when the notebook ran.</summary>
    /// <returns>(kernel, source, result or null) in notebook order.</returns>
    public IEnumerable<(string Kernel, string Source, CellResult? Result)> Cells()
    {
        if (Dib is null)
        {
            yield break;
        }

        var results = Result?.Cells;
        var aligned = results is not null && results.Count == Dib.Cells.Count;
        foreach (var cell in Dib.Cells)
        {
            yield return (cell.KernelName, cell.Text, aligned ? results![cell.Index] : null);
        }
    }
}

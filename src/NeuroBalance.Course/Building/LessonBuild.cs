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
    public bool Succeeded => Outcome == LessonOutcome.Passed;

    /// <summary>Gets how the lesson came out of the build.</summary>
    public LessonOutcome Outcome =>
        FormatError is not null ? LessonOutcome.Malformed
        : Result is { Succeeded: true } ? LessonOutcome.Passed
        : LessonOutcome.Failed;

    /// <summary>Gets the page file name, e.g. <c>00-start-here.html</c>.</summary>
    public string PageName => Slug + ".html";

    /// <summary>Gets the notebook file name in the site, e.g. <c>00-start-here.ipynb</c>.</summary>
    public string IpynbName => Slug + ".ipynb";

    /// <summary>Gets the cells to show, each with the result that names it (by <see cref="DibCell.Index"/>) when the notebook ran.</summary>
    /// <returns>Every cell in notebook order; results are null when the notebook did not run.</returns>
    /// <exception cref="CellResultMismatchException">A result names a cell the notebook does not have (or of another kernel), or a cell has no result.</exception>
    public IReadOnlyList<LessonCell> Cells()
    {
        if (Dib is null)
        {
            return [];
        }

        if (Result is not { Cells.Count: > 0 } run)
        {
            return Dib.Cells.Select(c => new LessonCell(c, null)).ToArray();
        }

        var matched = new CellResult?[Dib.Cells.Count];
        foreach (var result in run.Cells)
        {
            var index = result.Cell.Index;
            if (index < 0 || index >= matched.Length)
            {
                throw new CellResultMismatchException(Name, $"a result names {result.Cell.Describe()}, but the notebook has {matched.Length} cells");
            }

            var cell = Dib.Cells[index];
            if (cell.KernelName != result.Cell.KernelName)
            {
                throw new CellResultMismatchException(Name, $"the result for {cell.Describe()} is for a {result.Cell.KernelName} cell");
            }

            if (matched[index] is not null)
            {
                throw new CellResultMismatchException(Name, $"{cell.Describe()} has two results");
            }

            matched[index] = result;
        }

        var missing = Array.FindIndex(matched, r => r is null);
        if (missing >= 0)
        {
            throw new CellResultMismatchException(Name, $"{Dib.Cells[missing].Describe()} has no result");
        }

        return Dib.Cells.Select(c => new LessonCell(c, matched[c.Index])).ToArray();
    }
}

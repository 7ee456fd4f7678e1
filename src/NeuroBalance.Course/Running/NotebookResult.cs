using System.Text;

namespace NeuroBalance.Course.Running;

/// <summary>The result of running one notebook in the real kernel.</summary>
/// <param name="Notebook">The notebook's path relative to the repository, e.g. <c>notebooks/00-start-here.dib</c>.</param>
/// <param name="Cells">One result per cell, in notebook order (markdown cells included, as skipped).</param>
/// <param name="Duration">Wall time for the whole notebook, kernel start-up included.</param>
/// <param name="SetupError">Set when the kernel could not run the notebook at all (for example it did not start).</param>
public sealed record NotebookResult(string Notebook, IReadOnlyList<CellResult> Cells, TimeSpan Duration, string? SetupError = null)
{
    /// <summary>Gets whether the kernel started and every cell ran without error.</summary>
    public bool Succeeded => SetupError is null && Cells.All(c => c.Status is not (CellStatus.Failed or CellStatus.NotRun));

    /// <summary>Gets the cells that failed.</summary>
    public IEnumerable<CellResult> FailedCells => Cells.Where(c => c.Status == CellStatus.Failed);

    /// <summary>Gets how many code cells ran without error.</summary>
    public int PassedCount => Cells.Count(c => c.Status == CellStatus.Passed);

    /// <summary>Gets every HTML output of the notebook in order, as VS Code would show them on one page.</summary>
    public IEnumerable<CellOutput> HtmlOutputs => Cells.SelectMany(c => c.Outputs).Where(o => o.IsHtml);

    /// <summary>
    /// Describes every failure: the notebook, the cell number, the cell's first line and the error.
    /// </summary>
    /// <returns>A readable report, or an empty string when the notebook succeeded.</returns>
    public string DescribeFailures()
    {
        if (Succeeded)
        {
            return string.Empty;
        }

        var report = new StringBuilder();
        if (SetupError is not null)
        {
            report.AppendLine($"{Notebook}: the kernel could not run this notebook: {SetupError}");
        }

        foreach (var failed in FailedCells)
        {
            report.AppendLine($"{Notebook}, cell {failed.Cell.Number} ({failed.Cell.KernelName}) `{failed.Cell.Caption}` failed:");
            foreach (var error in failed.Errors)
            {
                report.AppendLine("    " + error.ReplaceLineEndings(Environment.NewLine + "    "));
            }
        }

        return report.ToString();
    }
}

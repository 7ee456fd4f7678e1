namespace NeuroBalance.Course.Running;

/// <summary>A progress report while a notebook runs.</summary>
/// <param name="Notebook">The notebook's repository-relative path.</param>
/// <param name="CompletedCells">How many cells are done.</param>
/// <param name="TotalCells">How many cells the notebook has.</param>
/// <param name="Message">What is happening now, e.g. "starting kernel" or "cell 3: #r ...".</param>
public sealed record NotebookProgress(string Notebook, int CompletedCells, int TotalCells, string Message);

using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting;

/// <summary>One notebook being linted.</summary>
/// <param name="Run">The run it belongs to.</param>
/// <param name="File">The notebook file.</param>
/// <param name="Notebook">The notebook, read.</param>
public sealed record LintTarget(LintRun Run, FileInfo File, DibFile Notebook);

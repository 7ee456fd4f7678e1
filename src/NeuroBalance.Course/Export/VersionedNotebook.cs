namespace NeuroBalance.Course.Export;

/// <summary>The outcome for one notebook.</summary>
/// <param name="Source">The notebook in <c>notebooks/</c>.</param>
/// <param name="Written">The file written, or null when it failed.</param>
/// <param name="Errors">Solution-marker errors as <c>file:line: message</c>; empty on success.</param>
/// <param name="Ipynb">The Jupyter notebook written next to <paramref name="Written"/> (same cells, no outputs), or null.</param>
public sealed record VersionedNotebook(FileInfo Source, FileInfo? Written, IReadOnlyList<string> Errors, FileInfo? Ipynb = null);

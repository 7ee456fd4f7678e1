namespace NeuroBalance.Course.Documents;

/// <summary>A kernel a notebook cell may name (<c>#!csharp</c>), with its aliases and how the tooling treats it.</summary>
/// <param name="Name">The canonical name, e.g. <c>csharp</c>: what the runner submits to and the exports write.</param>
/// <param name="Aliases">Other names that start a cell of this kernel, e.g. <c>cs</c> and <c>c#</c>.</param>
/// <param name="Language">The language's display name, e.g. <c>C#</c>.</param>
/// <param name="Kind">Whether the tooling shows, runs or only keeps the cells.</param>
/// <param name="NotExecutedReason">Why the tooling does not run these cells; null unless <paramref name="Kind"/> is <see cref="CellKernelKind.NotExecuted"/>.</param>
public sealed record CellKernel(string Name, IReadOnlyList<string> Aliases, string Language, CellKernelKind Kind, string? NotExecutedReason = null)
{
    /// <summary>Gets whether cells of this kernel are prose.</summary>
    public bool IsProse => Kind == CellKernelKind.Prose;

    /// <summary>Gets whether the runner sends cells of this kernel to the real kernel.</summary>
    public bool IsExecuted => Kind == CellKernelKind.Executed;

    /// <summary>Gets whether <paramref name="marker"/> (the word after <c>#!</c>) names this kernel.</summary>
    /// <param name="marker">A cell marker's name.</param>
    /// <returns>True for the name or one of the aliases.</returns>
    public bool IsNamedBy(string marker) =>
        string.Equals(marker, Name, StringComparison.Ordinal) || Aliases.Contains(marker, StringComparer.Ordinal);
}

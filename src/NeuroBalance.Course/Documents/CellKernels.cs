namespace NeuroBalance.Course.Documents;

/// <summary>
/// The one table of kernel names: which <c>#!name</c> lines start a cell, under which canonical name,
/// and whether the tooling shows, runs or only keeps its cells. The reader, the runner, the solution
/// regions, the exports and the site all ask this table.
/// </summary>
public static class CellKernels
{
    /// <summary>The kernel of prose cells.</summary>
    public static readonly CellKernel Markdown = new("markdown", ["md"], "Markdown", CellKernelKind.Prose);

    /// <summary>The default kernel (C#).</summary>
    public static readonly CellKernel CSharp = new("csharp", ["cs", "c#"], "C#", CellKernelKind.Executed);

    /// <summary>Every kernel a cell may name, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<CellKernel> All =
    [
        CSharp,
        new("fsharp", ["fs", "f#"], "F#", CellKernelKind.Executed),
        new("pwsh", ["powershell"], "PowerShell", CellKernelKind.Executed),
        new("javascript", ["js"], "JavaScript", CellKernelKind.Executed),
        new("html", [], "HTML", CellKernelKind.Executed),
        new("mermaid", [], "Mermaid", CellKernelKind.Executed),
        Markdown,
        new("sql", [], "SQL", CellKernelKind.NotExecuted, "a SQL cell needs a database connection (#!connect), which a course build does not make"),
        new("kql", [], "KQL", CellKernelKind.NotExecuted, "a KQL cell needs a Kusto connection (#!connect), which a course build does not make"),
        new("http", [], "HTTP", CellKernelKind.NotExecuted, "an HTTP cell sends requests over the network, which a course build does not do"),
        new("value", [], "Value", CellKernelKind.NotExecuted, "a value cell stores data for other kernels; the course tooling does not run it"),
    ];

    /// <summary>Finds the kernel a cell marker names.</summary>
    /// <param name="marker">The word after <c>#!</c>, e.g. <c>csharp</c> or <c>md</c>.</param>
    /// <returns>The kernel, or null when the marker names none (a magic command, a typo or an unknown language).</returns>
    public static CellKernel? Find(string? marker) =>
        string.IsNullOrEmpty(marker) ? null : All.FirstOrDefault(k => k.IsNamedBy(marker));

    /// <summary>Gets the kernel a marker names, for names the caller knows are kernels.</summary>
    /// <param name="name">A kernel name or alias.</param>
    /// <returns>The kernel.</returns>
    /// <exception cref="ArgumentException">The name is not in the table.</exception>
    public static CellKernel Get(string name) =>
        Find(name) ?? throw new ArgumentException($"'{name}' is not a kernel the course tooling knows. Known: {Names}.", nameof(name));

    /// <summary>Gets the canonical names, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(k => k.Name));
}

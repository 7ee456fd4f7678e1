namespace NeuroBalance.Content.Loading;

/// <summary>
/// One problem found while loading a content file: which file, where in it (line, column and the
/// path of keys from the top of the file) and what is wrong.
/// </summary>
/// <param name="File">The file name, for example <c>receptors.yaml</c>.</param>
/// <param name="Line">The 1-based line, or 0 when the whole file is concerned (for example a missing file).</param>
/// <param name="Column">The 1-based column, or 0.</param>
/// <param name="Path">The path of keys and list positions, for example <c>receptors[3].ligands[0].affinity.unit</c>.</param>
/// <param name="Message">What is wrong, and where possible how to fix it.</param>
public sealed record ContentError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>"receptors.yaml:42:7: receptors[3].kind: … ", the form compilers and editors understand.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Path.Length > 0 ? Path + ": " : string.Empty)}{Message}";
}

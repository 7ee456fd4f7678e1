namespace NeuroBalance.Content.Loading;

/// <summary>Where a record was defined: the content file and the line of its first field.</summary>
/// <param name="File">The file name, for example <c>receptors.yaml</c>.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record ContentLocation(string File, int Line)
{
    /// <summary>"receptors.yaml:42".</summary>
    public override string ToString() => $"{File}:{Line}";
}

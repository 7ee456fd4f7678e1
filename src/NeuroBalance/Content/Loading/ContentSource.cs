namespace NeuroBalance.Content.Loading;

/// <summary>The text of one content file and the name that errors report for it.</summary>
/// <param name="FileName">The file name, for example <c>glossary.yaml</c>; it also selects the section (the part before ".yaml").</param>
/// <param name="Text">The YAML text.</param>
public sealed record ContentSource(string FileName, string Text)
{
    /// <summary>The section this file holds: its file name without the extension.</summary>
    public string Section => Path.GetFileNameWithoutExtension(FileName);
}

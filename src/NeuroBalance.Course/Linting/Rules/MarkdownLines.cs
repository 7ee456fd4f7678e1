using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>The trimmed lines of a notebook's markdown cells with their file lines.</summary>
internal static class MarkdownLines
{
    internal static (string Text, int Line)[] Of(DibFile notebook) =>
        notebook.Cells.Where(c => c.IsMarkdown).SelectMany(c => c.Lines.Select((l, i) => (Text: l.Trim(), Line: c.FileLine(i)))).ToArray();
}

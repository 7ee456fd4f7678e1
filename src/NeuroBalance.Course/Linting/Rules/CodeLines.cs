using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>The lines of a notebook's code cells with their file lines.</summary>
internal static class CodeLines
{
    internal static IEnumerable<(string Text, int Line)> Of(DibFile notebook) =>
        notebook.Cells.Where(c => !c.IsMarkdown).SelectMany(c => c.Lines.Select((l, i) => (l, c.FileLine(i))));
}

using System.Globalization;
using System.Text;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Site;

/// <summary>One block of a cell's outputs on a page: an HTML output, or a run of stdout (or stderr) text.</summary>
/// <param name="Kind">The output kind.</param>
/// <param name="Html">The HTML output as the kernel sent it, or null for text.</param>
/// <param name="Text">The text (empty for HTML).</param>
/// <param name="Truncation">Whether the block is the marker that says how much text was left out.</param>
public sealed record CellOutputBlock(CellOutputKind Kind, string? Html, string Text, bool Truncation = false);

/// <summary>
/// Turns a cell's outputs into page blocks: consecutive stdout (or stderr) writes join into one block, as a
/// console shows them, in time linear in the output's size; the text of a cell stops at
/// <see cref="MaxTextCharacters"/>, followed by a marker that says how much was left out, as an editor does.
/// </summary>
public static class CellOutputBlocks
{
    /// <summary>The most characters of text output one cell shows on its page (about 1 MB, like VS Code's large-output limits).</summary>
    public const int MaxTextCharacters = 1_000_000;

    /// <summary>The marker after text that was cut, e.g. "… truncated: 4,000,000 characters omitted".</summary>
    /// <param name="omitted">How many characters were left out.</param>
    /// <returns>The marker line.</returns>
    public static string TruncationMarker(long omitted) =>
        string.Create(CultureInfo.InvariantCulture, $"… truncated: {omitted:N0} characters omitted");

    /// <summary>Builds the blocks of one cell.</summary>
    /// <param name="groups">The cell's outputs, one group per kernel event.</param>
    /// <param name="maxTextCharacters">The cell's text budget (<see cref="MaxTextCharacters"/>).</param>
    /// <returns>The blocks in order.</returns>
    public static IReadOnlyList<CellOutputBlock> Of(IEnumerable<OutputGroup> groups, int maxTextCharacters = MaxTextCharacters)
    {
        var blocks = new List<CellOutputBlock>();
        var budget = maxTextCharacters;
        long omitted = 0;
        StringBuilder? pending = null;
        var pendingKind = CellOutputKind.StandardOutput;

        void Flush()
        {
            if (pending is not null)
            {
                blocks.Add(new CellOutputBlock(pendingKind, null, pending.ToString()));
                pending = null;
            }
        }

        foreach (var group in groups)
        {
            var stream = group.Kind is CellOutputKind.StandardOutput or CellOutputKind.StandardError && group.Html is null;
            if (!stream || pendingKind != group.Kind)
            {
                Flush();
            }

            if (group.Html is { } html)
            {
                blocks.Add(new CellOutputBlock(group.Kind, html, string.Empty));
                continue;
            }

            var text = group.Text ?? string.Empty;
            var kept = Math.Min(budget, text.Length);
            budget -= kept;
            omitted += text.Length - kept;
            if (!stream)
            {
                blocks.Add(new CellOutputBlock(group.Kind, null, text[..kept]));
                continue;
            }

            pendingKind = group.Kind;
            (pending ??= new StringBuilder()).Append(text, 0, kept);
        }

        Flush();
        if (omitted > 0)
        {
            blocks.Add(new CellOutputBlock(CellOutputKind.StandardOutput, null, TruncationMarker(omitted), Truncation: true));
        }

        return blocks;
    }
}

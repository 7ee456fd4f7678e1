using System.Globalization;
using System.Text;
using NeuroBalance.Internal;

namespace NeuroBalance.Tables;

/// <summary>
/// A table for learners: a caption, column headers in words (with units) and formatted cells. A
/// notebook shows it as an HTML table (<c>TableHtml</c>, in the display layer), and as aligned text in plain-text output. Immutable.
/// </summary>
/// <example>
/// <code>
/// Table.Of("Synthesis by meal", rows,
///     ("Meal", r =&gt; r.Name),
///     ("5-HT synthesis (× basal)", r =&gt; r.Serotonin))
/// </code>
/// </example>
public sealed class Table
{
    /// <summary>Creates a table.</summary>
    /// <param name="caption">What the table shows, in a sentence. Must not be blank.</param>
    /// <param name="headers">The column headers, with units in parentheses. At least one.</param>
    /// <param name="rows">The cells of each row, as many as there are headers.</param>
    /// <exception cref="InvalidParameterException">The caption is blank, there is no header, or a row has the wrong number of cells.</exception>
    public Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Caption = Preconditions.CheckNotBlank(nameof(caption), caption);
        Headers = Preconditions.CheckNotNull(nameof(headers), headers).ToArray();
        if (Headers.Count == 0)
        {
            throw new InvalidParameterException("A table needs at least one column.", nameof(headers));
        }

        Rows = Preconditions.CheckNotNull(nameof(rows), rows).Select(r => (IReadOnlyList<string>)r.ToArray()).ToArray();
        if (Rows.FirstOrDefault(r => r.Count != Headers.Count) is { } bad)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"Every row needs {Headers.Count} cells; one has {bad.Count}."), nameof(rows));
        }
    }

    /// <summary>Gets the caption.</summary>
    public string Caption { get; }

    /// <summary>Gets the column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Gets the formatted cells, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Builds a table from typed rows: one column per (header, value) pair. Numbers are shown with up to 3 significant digits.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="caption">What the table shows.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="columns">Each column's header (with its unit) and how to read its value from a row.</param>
    /// <returns>The table.</returns>
    public static Table Of<T>(string caption, IEnumerable<T> rows, params (string Header, Func<T, object?> Value)[] columns)
    {
        Preconditions.CheckNotNull(nameof(rows), rows);
        Preconditions.CheckNotNull(nameof(columns), columns);
        return new Table(caption, columns.Select(c => c.Header).ToArray(), rows.Select(r => (IReadOnlyList<string>)columns.Select(c => Cell(c.Value(r))).ToArray()));
    }

    /// <summary>Formats one cell: numbers with up to 3 significant digits, everything else as text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Cell(object? value) => value switch
    {
        null => "–",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture) is var s && s.Length <= 8 ? s : d.ToString("G3", CultureInfo.InvariantCulture),
        float f => Cell((double)f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <inheritdoc />
    public override string ToString()
    {
        var widths = Headers.Select((h, i) => Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder(Caption).AppendLine();
        text.AppendLine(string.Join(" | ", Headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in Rows)
        {
            text.AppendLine(string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }

        return text.ToString().TrimEnd();
    }
}

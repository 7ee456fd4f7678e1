namespace NeuroBalance.Course.Running;

/// <summary>One displayed value of a cell with all its formats (for example text/html and text/plain).</summary>
/// <param name="Kind">Display, return value, stdout or stderr.</param>
/// <param name="Formats">The formatted values, in the order the kernel sent them.</param>
public sealed record OutputGroup(CellOutputKind Kind, IReadOnlyList<CellOutput> Formats)
{
    /// <summary>Gets the HTML format, or null.</summary>
    public string? Html => Formats.FirstOrDefault(f => f.IsHtml)?.Value;

    /// <summary>Gets the plain-text format (or the first format), or null when there is none.</summary>
    public string? Text => (Formats.FirstOrDefault(f => f.MimeType == "text/plain") ?? Formats.FirstOrDefault(f => !f.IsHtml))?.Value;

    /// <summary>Groups a cell's outputs by the kernel event that produced them.</summary>
    /// <param name="outputs">The cell's outputs.</param>
    /// <returns>One group per displayed value, in order.</returns>
    public static IReadOnlyList<OutputGroup> Of(IEnumerable<CellOutput> outputs) =>
        (outputs ?? throw new ArgumentNullException(nameof(outputs)))
            .GroupBy(o => (o.Event, o.Kind))
            .Select(g => new OutputGroup(g.Key.Kind, g.ToArray()))
            .ToArray();
}

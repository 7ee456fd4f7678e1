namespace NeuroBalance.Course.Running;

/// <summary>One formatted output of a cell, in one MIME type.</summary>
/// <param name="Kind">Where the output came from.</param>
/// <param name="MimeType">For example <c>text/html</c> or <c>text/plain</c>.</param>
/// <param name="Value">The formatted text.</param>
/// <param name="Event">The 0-based index of the kernel event within the cell; the formatted values of one displayed value (text/html and text/plain) share it.</param>
public sealed record CellOutput(CellOutputKind Kind, string MimeType, string Value, int Event = 0)
{
    /// <summary>Gets whether this output is HTML.</summary>
    public bool IsHtml => string.Equals(MimeType, "text/html", StringComparison.OrdinalIgnoreCase);
}

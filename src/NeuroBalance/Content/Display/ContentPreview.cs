using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>
/// A stand-alone HTML page that shows knowledge-base displays as a VS Code notebook would, in the
/// light or the dark theme (the page sets the same CSS variables and colours VS Code gives its
/// notebook outputs). Used to check the displays in a browser and by the render tests.
/// </summary>
internal static class ContentPreview
{
    /// <summary>Builds the page.</summary>
    /// <param name="dark">True for VS Code's Dark Modern colours, false for Light Modern.</param>
    /// <param name="values">Display objects (see <see cref="ContentHtml.Render"/>).</param>
    /// <returns>A complete HTML document.</returns>
    /// <exception cref="InvalidParameterException">A value is not a knowledge-base display type.</exception>
    public static string Page(bool dark, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (background, foreground, link) = dark ? ("#1f1f1f", "#cccccc", "#4daafc") : ("#ffffff", "#3b3b3b", "#005fb8");
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>NeuroBalance content preview</title>")
            .Append("<style>:root { --vscode-font-family: system-ui, 'Segoe UI', sans-serif; --vscode-textLink-foreground: ").Append(link).Append("; }")
            .Append("body { margin: 16px; background: ").Append(background).Append("; color: ").Append(foreground).Append("; font-family: var(--vscode-font-family); }")
            .Append(".output { margin: 0 0 28px 0; }</style></head><body>");
        foreach (var value in values)
        {
            html.Append("<div class=\"output\">").Append(ContentHtml.Render(value)).Append("</div>");
        }

        return html.Append("</body></html>").ToString();
    }
}

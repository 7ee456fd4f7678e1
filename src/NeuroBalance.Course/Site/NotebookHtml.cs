using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NeuroBalance.Course.Markup;

namespace NeuroBalance.Course.Site;

/// <summary>
/// Prepares a kernel HTML output for a site page. The library's charts lose their plotly.js carrier and
/// their notebook draw script (the page's own <c>assets/charts.js</c> draws them from their marked figure
/// JSON); everything else is sanitised: no script, no event-handler attribute, no script URL, no frame,
/// object, base or meta element — unless the build trusts notebook HTML (<c>build --trust-notebook-html</c>).
/// </summary>
/// <remarks>
/// The page's Content-Security-Policy (<see cref="SiteLayout.ContentSecurityPolicy"/>) blocks inline scripts
/// as well, so a script that got past this would still not run. See docs/reliability.md, "Site trust model".
/// </remarks>
internal static class NotebookHtml
{
    private static readonly string[] RemovedElements = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "portal"];

    private static readonly string[] UrlAttributes = ["href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "srcset"];

    /// <summary>Gets whether an output contains a library chart (the page then loads plotly.js and the chart script).</summary>
    /// <param name="html">A kernel HTML output.</param>
    /// <returns>True when it has an element marked as a chart.</returns>
    internal static bool HasChart(string html) => HtmlMarkers.Has(html, HtmlMarkers.Chart);

    /// <summary>Makes a kernel HTML output safe to publish.</summary>
    /// <param name="html">The output as the kernel sent it.</param>
    /// <param name="trusted">Whether notebook HTML is trusted (kept as it is, only the chart plumbing is removed).</param>
    /// <returns>The HTML for the page.</returns>
    internal static string ForSite(string html, bool trusted)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = Export.ChartCarrier.Remove(html); // the 1.45 MB carrier goes before parsing
        foreach (var plumbing in body.QuerySelectorAll($"{HtmlMarkers.Selector(HtmlMarkers.PlotlyBundle)}, {HtmlMarkers.Selector(HtmlMarkers.ChartDraw)}").ToArray())
        {
            plumbing.Remove();
        }

        if (!trusted)
        {
            Sanitise(body);
        }

        return body.InnerHtml;
    }

    private static void Sanitise(IElement root)
    {
        foreach (var element in root.Descendants<IElement>().ToArray())
        {
            if (RemovedElements.Contains(element.LocalName, StringComparer.OrdinalIgnoreCase) && !IsChartFigureData(element))
            {
                element.Remove();
                continue;
            }

            foreach (var attribute in element.Attributes.ToArray())
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || attribute.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)
                    || (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value)))
                {
                    element.RemoveAttribute(attribute.Name);
                }
            }
        }
    }

    /// <summary>The inert figure JSON of a marked chart: data, never run (its type is not a script type).</summary>
    private static bool IsChartFigureData(IElement element) =>
        element.LocalName == "script"
        && element.GetAttribute(HtmlMarkers.Attribute) == HtmlMarkers.ChartFigure
        && string.Equals(element.GetAttribute("type"), "application/json", StringComparison.OrdinalIgnoreCase);

    private static bool IsScriptUrl(string value)
    {
        var compact = new string((value ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase);
    }
}

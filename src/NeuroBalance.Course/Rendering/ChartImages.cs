using System.Text;

namespace NeuroBalance.Course.Rendering;

/// <summary>
/// Renders chart outputs to static PNG images at build time, in headless Chromium with networking off,
/// with <c>Plotly.toImage</c>; the exported notebooks carry them for viewers that run no scripts.
/// </summary>
public static class ChartImages
{
    /// <summary>The width of a chart image in pixels.</summary>
    public const int Width = 800;

    /// <summary>Renders every chart output to a PNG.</summary>
    /// <param name="browser">The browser.</param>
    /// <param name="chartOutputs">Chart output HTML (as the kernel sent it).</param>
    /// <param name="plotlySource">The plotly.js bundle, loaded once by the page.</param>
    /// <param name="timeout">How long the whole rendering may take.</param>
    /// <param name="cancellationToken">Cancels it.</param>
    /// <returns>The PNG (base64) of each output that drew, by its HTML.</returns>
    public static async Task<IReadOnlyDictionary<string, string>> RenderAsync(HeadlessChromium browser, IEnumerable<string> chartOutputs, string plotlySource, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var outputs = chartOutputs.Distinct(StringComparer.Ordinal).ToArray();
        var images = new Dictionary<string, string>(StringComparer.Ordinal);
        if (outputs.Length == 0)
        {
            return images;
        }

        var folder = Directory.CreateTempSubdirectory("neurobalance-images-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "plotly.min.js"), plotlySource, cancellationToken).ConfigureAwait(false);
            var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"plotly.min.js\"></script></head><body style=\"width:" + Width + "px\">");
            for (var i = 0; i < outputs.Length; i++)
            {
                page.Append("<div class=\"nb-image-source\" data-index=\"").Append(i).Append("\">")
                    .Append(Export.ChartCarrier.Remove(outputs[i])).Append("</div>");
            }

            var file = Path.Combine(folder.FullName, "charts.html");
            await File.WriteAllTextAsync(file, page.Append("</body></html>").ToString(), cancellationToken).ConfigureAwait(false);
            await using var devTools = await DevToolsPage.LaunchAsync(browser, Width + 40, 900, timeout, cancellationToken).ConfigureAwait(false);
            await devTools.NavigateAsync(new Uri(file), timeout, cancellationToken).ConfigureAwait(false);
            await devTools.WaitForAsync(
                $"document.querySelectorAll('.nb-image-source .js-plotly-plot .main-svg').length > 0 && Array.from(document.querySelectorAll('.nb-image-source')).every(d => d.querySelector('.js-plotly-plot .main-svg'))",
                timeout,
                cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < outputs.Length; i++)
            {
                var url = (await devTools.EvaluateAsync(
                    $"(function () {{ var p = document.querySelector('.nb-image-source[data-index=\"{i}\"] .js-plotly-plot'); return p ? Plotly.toImage(p, {{ format: 'png', width: {Width}, height: p.clientHeight || 420 }}) : null; }})()",
                    timeout,
                    cancellationToken).ConfigureAwait(false))?.GetValue<string>();
                const string prefix = "data:image/png;base64,";
                if (url is not null && url.StartsWith(prefix, StringComparison.Ordinal))
                {
                    images[outputs[i]] = url[prefix.Length..];
                }
            }

            return images;
        }
        finally
        {
            HeadlessChromium.TryDelete(folder);
        }
    }
}

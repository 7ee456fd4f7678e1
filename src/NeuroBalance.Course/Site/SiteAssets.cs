namespace NeuroBalance.Course.Site;

/// <summary>
/// The site's own files in <c>assets/</c>: the style sheet, the single local copy of plotly.js, the chart
/// script (<see cref="ChartScript"/>) and KaTeX. These are the only scripts the pages' Content-Security-Policy allows.
/// </summary>
internal static class SiteAssets
{
    /// <summary>The file name of the script that draws the marked charts of a page.</summary>
    internal const string ChartScript = "charts.js";

    /// <summary>Writes every asset into <c>assets/</c> of the site.</summary>
    /// <param name="output">The site folder.</param>
    /// <param name="plotlySource">The plotly.js bundle.</param>
    internal static void Write(DirectoryInfo output, string plotlySource)
    {
        var assets = Directory.CreateDirectory(Path.Combine(output.FullName, "assets"));
        File.WriteAllText(Path.Combine(assets.FullName, "plotly.min.js"), plotlySource);
        Copy("NeuroBalance.Course.Site.site.css", Path.Combine(assets.FullName, "site.css"));
        Copy("NeuroBalance.Course.Site.charts.js", Path.Combine(assets.FullName, ChartScript));

        // The bundled KaTeX (script, CSS, fonts, licence and our render script) goes to assets/katex/.
        foreach (var name in typeof(SiteAssets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("katex/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(assets.FullName, name.Replace('\\', '/'));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            Copy(name, target);
        }
    }

    private static void Copy(string resource, string target)
    {
        using var source = typeof(SiteAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The course tooling lacks its embedded resource '{resource}'.");
        using var file = File.Create(target);
        source.CopyTo(file);
    }
}

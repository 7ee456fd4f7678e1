using NeuroBalance.Testing;
using NeuroBalance.Content;
using NeuroBalance.Content.Display;
using NeuroBalance.Course.Rendering;

namespace NeuroBalance.Tests.Content;

/// <summary>
/// The knowledge-base HTML lays out in a real browser (headless Chromium, networking off) in both the
/// light and the dark theme: a script in the page measures the drawn pathway, matrix and card and
/// writes the sizes into the DOM, which the test reads back.
/// </summary>
public sealed class ContentRenderTests
{
    private const string Measure = """
        <script>
        const box = s => { const e = document.querySelector(s); if (!e) return 'missing'; const r = e.getBoundingClientRect(); return Math.round(r.width) + 'x' + Math.round(r.height); };
        const out = document.createElement('pre'); out.id = 'measured';
        const bg = getComputedStyle(document.body).backgroundColor, fg = getComputedStyle(document.querySelector('.nb-kb')).color;
        out.textContent = JSON.stringify({ svg: box('.nb-kb-pathway svg'), matrix: box('.nb-kb-matrix table'), card: box('.nb-kb-card .card'), bg, fg });
        document.body.appendChild(out);
        </script>
        """;

    [Theory]
    [InlineData(false, "rgb(255, 255, 255)", "rgb(59, 59, 59)")]
    [InlineData(true, "rgb(31, 31, 31)", "rgb(204, 204, 204)")]
    public async Task Displays_LayOut_InHeadlessChromium_InTheme(bool dark, string background, string foreground)
    {
        var browser = Browser.FindOrSkip();

        var page = ContentPreview.Page(dark, Neurochemistry.Transmitter("serotonin"), Neurochemistry.Synthesis("serotonin"), Hormones.Matrix())
            .Replace("</body>", Measure + "</body>", StringComparison.Ordinal);
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"neurobalance-content-{(dark ? "dark" : "light")}-{Guid.NewGuid():N}.html"));
        await File.WriteAllTextAsync(file.FullName, page, TestContext.Current.CancellationToken);
        try
        {
            var dom = await browser.DumpDomAsync(file, TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

            var measured = System.Text.Json.JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(
                System.Text.RegularExpressions.Regex.Match(dom, "<pre id=\"measured\">(.*?)</pre>").Groups[1].Value)).RootElement;
            Assert.Equal("720x" + ExpectedSvgHeight(), measured.GetProperty("svg").GetString());
            Assert.Matches("^[0-9]{3,4}x[0-9]{3,4}$", measured.GetProperty("matrix").GetString());
            Assert.Matches("^[0-9]{3,4}x[0-9]{3,4}$", measured.GetProperty("card").GetString());
            // Text takes the theme's foreground colour (currentColor), so it stays readable in both themes.
            Assert.Equal((background, foreground), (measured.GetProperty("bg").GetString(), measured.GetProperty("fg").GetString()));
        }
        finally
        {
            file.Delete();
        }
    }

    private static int ExpectedSvgHeight()
    {
        var steps = Neurochemistry.Synthesis("serotonin").Steps.Count;
        return 16 + ((steps + 1) * 34) + (steps * 78) + 16;
    }
}

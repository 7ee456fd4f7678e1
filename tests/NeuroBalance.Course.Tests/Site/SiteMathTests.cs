using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Rendering;
using NeuroBalance.Course.Site;
using NeuroBalance.Testing;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>
/// Math on the site is typeset offline by the bundled KaTeX, as VS Code does: the whole course's
/// Markdown (every lesson page, the glossary and every linked document, written without running the
/// kernel) is loaded in headless Chromium with networking off, and no raw TeX survives on any page.
/// </summary>
public sealed class SiteMathTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    [Fact]
    public async Task EveryPageOfTheCourse_TypesetsItsMath_NoRawTexSurvives()
    {
        var browser = Browser.FindOrSkip();
        var token = TestContext.Current.CancellationToken;
        var site = ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", "math-" + Guid.NewGuid().ToString("N")));
        var map = CourseMap.Load(Repository);
        new SiteWriter(new SiteOptions(map.Title, map.Description, "", [])).Write(CoursePlan.Create(Repository), site);
        await using var page = await DevToolsPage.LaunchAsync(browser, 1280, 900, Timeout, token);

        var problems = new List<string>();
        var typeset = 0;
        foreach (var file in site.GetFiles("*.html"))
        {
            await page.NavigateAsync(new Uri(file.FullName), Timeout, token);
            Assert.True(await page.WaitForAsync(MathScripts.Settled, Timeout, token), $"{file.Name}: KaTeX did not run.");
            typeset += (await page.EvaluateAsync("document.querySelectorAll('.math-typeset .katex').length", Timeout, token))!.GetValue<int>();
            problems.AddRange((await page.EvaluateAsync(MathScripts.RawTex, Timeout, token))!.AsArray().Select(p => $"{file.Name}: {p}"));
            Assert.True(page.ConsoleErrors.Count == 0, $"{file.Name}: console errors:\n{string.Join("\n", page.ConsoleErrors)}");
            Assert.DoesNotContain(page.Requests, u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal));
        }

        Assert.True(problems.Count == 0, "raw TeX on the site:\n" + string.Join("\n", problems));
        // The lessons have math (04, 05 and A2 among them), so the check above really looked at some.
        Assert.True(typeset >= 20, $"only {typeset} formula(s) typeset");
    }

    [Fact]
    public async Task RawTexCheck_CatchesUntypesetMath()
    {
        // Negative control: the same check on a page whose math is not typeset (no KaTeX) reports it.
        var browser = Browser.FindOrSkip();
        var token = TestContext.Current.CancellationToken;
        var file = Path.Combine(ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", "math-raw-" + Guid.NewGuid().ToString("N"))).FullName, "raw.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html><body><p>t½ = \\fracK_m \\ln 2 + C_{0}/2V_{max}</p><p><code>\\ln</code> in code is fine</p></body></html>", token);
        await using var page = await DevToolsPage.LaunchAsync(browser, 800, 600, Timeout, token);

        await page.NavigateAsync(new Uri(file), Timeout, token);
        var problems = (await page.EvaluateAsync(MathScripts.RawTex, Timeout, token))!.AsArray().Select(p => p!.GetValue<string>()).ToArray();

        // \fracK_m, \ln, C_{ and V_{ (the \ln in <code> is not reported).
        Assert.Equal(4, problems.Length);
        Assert.Contains("\\fracK_m", problems[0], StringComparison.Ordinal);
    }
}

using NeuroBalance.Course.Rendering;
using Xunit;

namespace NeuroBalance.Testing;

/// <summary>Finds headless Chromium for the render checks.</summary>
internal static class Browser
{
    /// <summary>
    /// Returns the browser. Without one, the test is skipped with instructions, except under CI
    /// (<c>CI=true</c>), where a missing browser is a failure: CI must prove that charts draw.
    /// </summary>
    internal static HeadlessChromium FindOrSkip()
    {
        var browser = HeadlessChromium.Find();
        if (browser is not null)
        {
            return browser;
        }

        const string how = "No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) " +
                           "or set NEUROBALANCE_CHROMIUM to a Chrome, Chromium or Edge executable.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(how + " CI=true, so the chart render check may not be skipped.");
        }

        Assert.Skip(how);
        return null!;
    }
}

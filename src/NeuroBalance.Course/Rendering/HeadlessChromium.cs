using System.Diagnostics;

namespace NeuroBalance.Course.Rendering;

/// <summary>
/// A headless Chromium (Debian package <c>chromium</c>, or Chrome/Edge) that loads a page with all
/// networking disabled and returns the DOM after its scripts have run.
/// </summary>
public sealed class HeadlessChromium
{
    /// <summary>The environment variable that points at a browser executable, overriding the search.</summary>
    public const string ExecutableVariable = "NEUROBALANCE_CHROMIUM";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    ];

    private HeadlessChromium(string executable) => Executable = executable;

    /// <summary>Gets the browser executable.</summary>
    public string Executable { get; }

    /// <summary>Finds a browser: <see cref="ExecutableVariable"/> first, then the usual install paths.</summary>
    /// <returns>The browser, or null when none is installed.</returns>
    public static HeadlessChromium? Find()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        var path = !string.IsNullOrWhiteSpace(configured) ? configured : Candidates.FirstOrDefault(File.Exists);
        return path is not null && File.Exists(path) ? new HeadlessChromium(path) : null;
    }

    /// <summary>
    /// Loads <paramref name="page"/> with no network (every host name fails to resolve and no proxy
    /// is reachable), lets its scripts run, and returns the resulting DOM.
    /// </summary>
    /// <param name="page">A local HTML file.</param>
    /// <param name="timeout">How long the browser may take.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The serialised DOM.</returns>
    /// <exception cref="InvalidOperationException">The browser failed or produced no DOM.</exception>
    /// <exception cref="TimeoutException">The browser did not finish in time.</exception>
    public async Task<string> DumpDomAsync(FileInfo page, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var profile = Directory.CreateTempSubdirectory("neurobalance-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in Arguments(profile, page))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{Executable} did not finish loading {page.FullName} within {timeout.TotalSeconds:0} s.");
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var dom = await output.ConfigureAwait(false);
            if (process.ExitCode != 0 || dom.Length == 0)
            {
                throw new InvalidOperationException(
                    $"{Executable} exited with code {process.ExitCode} and {dom.Length} characters of DOM. Its errors:\n{await errors.ConfigureAwait(false)}");
            }

            return dom;
        }
        finally
        {
            TryDelete(profile);
        }
    }

    private static IEnumerable<string> Arguments(DirectoryInfo profile, FileInfo page) =>
    [
        .. OfflineFlags(profile),
        "--virtual-time-budget=15000",
        "--dump-dom",
        new Uri(page.FullName).AbsoluteUri,
    ];

    /// <summary>The flags for a headless browser with its own profile and no network.</summary>
    /// <param name="profile">A fresh profile folder.</param>
    /// <returns>The command-line flags.</returns>
    internal static IEnumerable<string> OfflineFlags(DirectoryInfo profile) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-extensions",
        $"--user-data-dir={profile.FullName}",
        // Networking off: no host name resolves and every proxied request goes nowhere.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=http://127.0.0.1:9",
    ];

    /// <summary>Deletes a temporary folder, ignoring a browser that still holds a file.</summary>
    internal static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // The browser may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using NeuroBalance.Charts;

namespace NeuroBalance.Hosting;

/// <summary>
/// Checks, from inside a notebook, that the learner's set-up can run the course: the SDK, the
/// kernel, this library and offline charts. Every failed line carries a next step.
/// </summary>
public static class EnvironmentCheck
{
    /// <summary>The .NET major version the course targets.</summary>
    public const int RequiredDotNetMajor = 10;

    /// <summary>The kernel tool version the course is tested with.</summary>
    public const string TestedKernelToolVersion = "1.0.712001";

    /// <summary>Runs every check.</summary>
    /// <returns>The report; display it in a notebook to see a table.</returns>
    public static EnvironmentReport Run() =>
        new([CheckRuntime(), CheckSdk(), CheckKernel(), CheckLibrary(), CheckCharts(), CheckOfflinePlotly()]);

    private static EnvironmentCheckResult CheckRuntime()
    {
        var ok = Environment.Version.Major >= RequiredDotNetMajor;
        return new(".NET runtime", ok ? CheckStatus.Ok : CheckStatus.Failed, RuntimeInformation.FrameworkDescription,
            ok ? string.Empty : $"Install the .NET {RequiredDotNetMajor} SDK from https://dot.net and restart your editor (VS Code, or the Jupyter server).");
    }

    private static EnvironmentCheckResult CheckSdk()
    {
        var (ran, exitCode, output, errors) = TryRun("dotnet", "--version");
        if (!ran)
        {
            return new(".NET SDK", CheckStatus.Failed, "`dotnet --version` could not be started",
                $"Install the .NET {RequiredDotNetMajor} SDK from https://dot.net, make sure `dotnet` is on the PATH, and restart your editor (VS Code, or the Jupyter server).");
        }

        if (exitCode != 0)
        {
            // Typically: the SDK that global.json asks for is not installed.
            var reason = FirstLine(errors.Length > 0 ? errors : output);
            return new(".NET SDK", CheckStatus.Failed, $"`dotnet --version` failed: {reason}",
                $"Install a .NET {RequiredDotNetMajor} SDK (global.json asks for 10.0.100 or a later 10.0 feature band) and restart your editor (VS Code, or the Jupyter server).");
        }

        var ok = int.TryParse(output.Split('.')[0], out var major) && major >= RequiredDotNetMajor;
        return new(".NET SDK", ok ? CheckStatus.Ok : CheckStatus.Failed, output,
            ok ? string.Empty : $"Install the .NET {RequiredDotNetMajor} SDK (global.json asks for it) and restart your editor (VS Code, or the Jupyter server).");
    }

    private static EnvironmentCheckResult CheckKernel()
    {
        var entry = Assembly.GetEntryAssembly();
        var interactive = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Microsoft.DotNet.Interactive");
        if (interactive is null)
        {
            return new("Kernel", CheckStatus.Warning, $"not inside a .NET Interactive kernel (host: {entry?.GetName().Name ?? "unknown"})",
                "Open a notebook in VS Code with the Polyglot Notebooks extension, or an .ipynb in Jupyter with the .NET (C#) kernel (README, section Jupyter), to run the course interactively.");
        }

        var library = InformationalVersion(interactive);
        var toolVersion = ToolVersionFromPath(entry?.Location);
        var detail = $"{entry?.GetName().Name} {toolVersion ?? "(version unknown)"}, Microsoft.DotNet.Interactive {library}";
        var tested = toolVersion == TestedKernelToolVersion;
        return new("Kernel", tested ? CheckStatus.Ok : CheckStatus.Warning, detail,
            tested ? string.Empty : $"The course is tested with Microsoft.dotnet-interactive {TestedKernelToolVersion} (the final release). Other versions may work.");
    }

    private static EnvironmentCheckResult CheckLibrary()
    {
        var library = typeof(EnvironmentCheck).Assembly;
        var detail = $"{InformationalVersion(library)} loaded from {library.Location} (built {File.GetLastWriteTime(library.Location):yyyy-MM-dd HH:mm})";
        return IsStale(library)
            ? new("NeuroBalance library", CheckStatus.Warning, detail + "; the file on disk has been rebuilt since this kernel loaded it",
                "Restart the kernel (VS Code: Restart in the notebook's toolbar; Jupyter: Kernel → Restart) to use the rebuilt library.")
            : new("NeuroBalance library", CheckStatus.Ok, detail);
    }

    /// <summary>Whether the DLL on disk is a different build from the one loaded (an instructor rebuilt it).</summary>
    private static bool IsStale(Assembly loaded)
    {
        try
        {
            using var stream = File.OpenRead(loaded.Location);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            return reader.GetGuid(reader.GetModuleDefinition().Mvid) != loaded.ManifestModule.ModuleVersionId;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return false; // Being rebuilt right now, or unreadable: no claim either way.
        }
    }

    private static EnvironmentCheckResult CheckCharts()
    {
        try
        {
            var figure = new Figure("check", "check", new Axis("x", "1"), new Axis("y", "1"), [new Series("s", [1.0], [1.0])]);
            _ = FigureHtml.ToFigureJson(figure);
            var redirect = FSharpCoreRedirect.RedirectCount > 0 ? " (FSharp.Core redirected to the kernel's copy)" : string.Empty;
            return new("Charts (Plotly.NET)", CheckStatus.Ok, $"Plotly.NET {typeof(Plotly.NET.GenericChart).Assembly.GetName().Version} works{redirect}");
        }
        catch (Exception e)
        {
            // Load failures arrive wrapped (TypeInitializationException and the like): report the cause.
            var cause = e;
            while (cause.InnerException is not null)
            {
                cause = cause.InnerException;
            }

            return new("Charts (Plotly.NET)", CheckStatus.Failed, $"{cause.GetType().Name}: {cause.Message}",
                "Rebuild the library (`dotnet build` at the repository root), restart the kernel, and run the notebook again.");
        }
    }

    private static EnvironmentCheckResult CheckOfflinePlotly()
    {
        try
        {
            var size = PlotlyScript.MinifiedSource.Length;
            return new("Offline charts", CheckStatus.Ok, $"plotly.js {PlotlyScript.Version} embedded ({size / 1_000_000.0:0.0} MB); no CDN needed");
        }
        catch (InvalidOperationException e)
        {
            return new("Offline charts", CheckStatus.Failed, e.Message, "Restore packages (`dotnet restore`) and rebuild the library.");
        }
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString() ?? "unknown";

    // The tool lives in .../microsoft.dotnet-interactive/<version>/tools/...; the folder name is the tool version.
    private static string? ToolVersionFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var index = Array.FindIndex(parts, p => p.Equals("microsoft.dotnet-interactive", StringComparison.OrdinalIgnoreCase)
                                             || p.Equals("dotnet-repl", StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < parts.Length ? parts[index + 1] : null;
    }

    private static (bool Ran, int ExitCode, string Output, string Errors) TryRun(string program, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return (false, -1, string.Empty, string.Empty);
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
                return (true, -1, string.Empty, $"`{program} {arguments}` did not finish within 30 s");
            }

            return (true, process.ExitCode, output.Result.Trim(), errors.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, -1, string.Empty, string.Empty);
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
}

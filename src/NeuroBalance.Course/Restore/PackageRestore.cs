using System.Diagnostics;

namespace NeuroBalance.Course.Restore;

/// <summary>Runs NuGet restores as the learner's set-up does and reads what they printed (<see cref="RestoreReport"/>).</summary>
public static class PackageRestore
{
    /// <summary>Runs <c>dotnet restore &lt;target&gt;</c> in <paramref name="folder"/>.</summary>
    /// <param name="folder">The working directory.</param>
    /// <param name="target">The solution or project file to restore, relative to <paramref name="folder"/> or absolute.</param>
    /// <param name="environment">Extra environment variables (e.g. <c>NUGET_HTTP_CACHE_PATH</c>, <c>HTTPS_PROXY</c>); none when null.</param>
    /// <param name="cancellationToken">Cancels the restore (the process is killed).</param>
    /// <returns>The exit code and output.</returns>
    public static Task<RestoreReport> RestoreAsync(DirectoryInfo folder, string target, IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default) =>
        RunAsync(folder, ["restore", target], environment, cancellationToken);

    /// <summary>Runs <c>dotnet tool restore</c> in <paramref name="folder"/> (the kernel tool of the manifest).</summary>
    /// <param name="folder">A folder inside the repository whose tool manifest to restore.</param>
    /// <param name="environment">Extra environment variables; none when null.</param>
    /// <param name="cancellationToken">Cancels the restore (the process is killed).</param>
    /// <returns>The exit code and output.</returns>
    public static Task<RestoreReport> RestoreToolsAsync(DirectoryInfo folder, IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default) =>
        RunAsync(folder, ["tool", "restore"], environment, cancellationToken);

    private static async Task<RestoreReport> RunAsync(DirectoryInfo folder, string[] arguments, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start 'dotnet {string.Join(' ', arguments)}'. Is the .NET SDK on the PATH?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new RestoreReport(process.ExitCode, await output.ConfigureAwait(false) + await error.ConfigureAwait(false));
    }
}

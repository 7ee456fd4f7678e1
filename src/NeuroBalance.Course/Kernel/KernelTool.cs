namespace NeuroBalance.Course.Kernel;

/// <summary>
/// The pinned <c>Microsoft.dotnet-interactive</c> tool (see <c>.config/dotnet-tools.json</c>): the same
/// kernel process that VS Code's Polyglot Notebooks extension starts.
/// </summary>
public sealed class KernelTool
{
    /// <summary>The tool version this course is tested with; the manifest pins it.</summary>
    public const string PinnedVersion = "1.0.712001";

    private static readonly SemaphoreSlim RestoreGate = new(1, 1);
    private static readonly HashSet<string> RestoredRoots = new(StringComparer.Ordinal);

    /// <summary>Creates the tool for a repository.</summary>
    /// <param name="repository">The course repository whose tool manifest pins the kernel.</param>
    public KernelTool(CourseRepository repository) => Repository = repository ?? throw new ArgumentNullException(nameof(repository));

    /// <summary>Gets the repository.</summary>
    public CourseRepository Repository { get; }

    /// <summary>
    /// Builds the command that starts the kernel for a notebook folder: the command that the VS Code
    /// extension uses by default (setting <c>dotnet-interactive.kernelTransportArgs</c>),
    /// <c>dotnet tool run dotnet-interactive -- [vscode] stdio --working-dir &lt;folder&gt;</c>, except that
    /// once the tool is restored the same program is started directly, <c>dotnet &lt;package&gt;/…/Microsoft.DotNet.Interactive.App.dll
    /// [vscode] stdio --working-dir &lt;folder&gt;</c>, which saves the per-kernel manifest lookup of
    /// <c>dotnet tool run</c> (docs/performance.md). Set <c>NEUROBALANCE_KERNEL_LAUNCH=tool-run</c> to always use <c>dotnet tool run</c>.
    /// </summary>
    /// <param name="notebookFolder">The folder of the notebook; the kernel's working directory.</param>
    /// <returns>The program and its arguments.</returns>
    public string[] StdioCommand(DirectoryInfo notebookFolder)
    {
        ArgumentNullException.ThrowIfNull(notebookFolder);
        string[] kernelArguments = ["[vscode]", "stdio", "--working-dir", Quote(notebookFolder.FullName)];
        var direct = Environment.GetEnvironmentVariable("NEUROBALANCE_KERNEL_LAUNCH") != "tool-run"
            ? ToolEntryPoint.Find(Repository.ToolManifest, "microsoft.dotnet-interactive", "dotnet-interactive")
            : null;
        return direct is null
            ? ["dotnet", "tool", "run", "dotnet-interactive", "--", .. kernelArguments]
            : ["dotnet", Quote(direct.FullName), .. kernelArguments];
    }

    /// <summary>
    /// Runs <c>dotnet tool restore</c> in the repository once per process, so that a fresh clone
    /// needs no separate set-up step.
    /// </summary>
    /// <param name="cancellationToken">Cancels the restore.</param>
    /// <returns>A task that completes when the tool is available.</returns>
    /// <exception cref="InvalidOperationException">The restore failed; the message holds its output.</exception>
    public async Task EnsureRestoredAsync(CancellationToken cancellationToken = default)
    {
        await RestoreGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (RestoredRoots.Contains(Repository.Root.FullName))
            {
                return;
            }

            var report = await Restore.PackageRestore.RestoreToolsAsync(Repository.Root, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException(
                    $"'dotnet tool restore' failed in {Repository.Root.FullName}: the kernel tool comes from NuGet the first time. " +
                    string.Join(' ', report.Explain()));
            }

            RestoredRoots.Add(Repository.Root.FullName);
        }
        finally
        {
            RestoreGate.Release();
        }
    }

    // StdIoKernelConnector joins its arguments with spaces, so a path with spaces must be quoted.
    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}

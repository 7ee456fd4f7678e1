using NeuroBalance.Course.Restore;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The course restores offline from a warm global package folder with an empty NuGet HTTP cache and no network
/// (docs/reliability.md, "Offline restore"): every version the projects resolve must be on disk, so NuGet never
/// has to ask a feed which versions exist.
/// </summary>
public sealed class OfflineRestoreTests : IDisposable
{
    private readonly DirectoryInfo copy = Directory.CreateTempSubdirectory("nb-offline-restore-");
    private readonly DirectoryInfo emptyHttpCache = Directory.CreateTempSubdirectory("nb-empty-http-cache-");

    public void Dispose()
    {
        copy.Delete(recursive: true);
        emptyHttpCache.Delete(recursive: true);
    }

    /// <summary>No HTTP cache, and every HTTP(S) request sent to a port where nothing listens.</summary>
    private Dictionary<string, string> Offline => new(StringComparer.Ordinal)
    {
        ["NUGET_HTTP_CACHE_PATH"] = emptyHttpCache.FullName,
        ["HTTP_PROXY"] = "http://127.0.0.1:9",
        ["HTTPS_PROXY"] = "http://127.0.0.1:9",
        ["http_proxy"] = "http://127.0.0.1:9",
        ["https_proxy"] = "http://127.0.0.1:9",
    };

    [Fact]
    public async Task Restore_WithEmptyHttpCacheAndDeadProxy_Succeeds()
    {
        // Given: the repository's build files only (solution, props, project files, tool manifest), in a fresh folder,
        // so that no obj/ folder of the clone lets NuGet skip the work.
        CopyBuildFiles(NotebookRuns.Repository.Root, copy);

        // When
        var packages = await PackageRestore.RestoreAsync(copy, "NeuroBalance.sln", Offline, TestContext.Current.CancellationToken);
        var tools = await PackageRestore.RestoreToolsAsync(copy, Offline, TestContext.Current.CancellationToken);

        // Then
        Assert.True(packages.Succeeded, string.Join('\n', packages.Explain()) + "\n" + packages.Output);
        Assert.DoesNotContain("NU1603", packages.Output, StringComparison.Ordinal);
        Assert.True(tools.Succeeded, tools.Output);
    }

    private static void CopyBuildFiles(DirectoryInfo root, DirectoryInfo target)
    {
        string[] topLevel = ["NeuroBalance.sln", "Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config"];
        var files = topLevel.Select(name => new FileInfo(Path.Combine(root.FullName, name))).Where(f => f.Exists)
            .Append(new FileInfo(Path.Combine(root.FullName, ".config", "dotnet-tools.json")))
            .Concat(new[] { "src", "tests" }.SelectMany(folder => new DirectoryInfo(Path.Combine(root.FullName, folder))
                .EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => f.Extension == ".csproj" || f.Name == "Directory.Build.props")
                .Where(f => !f.FullName.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))));
        foreach (var file in files)
        {
            var destination = new FileInfo(Path.Combine(target.FullName, Path.GetRelativePath(root.FullName, file.FullName)));
            destination.Directory!.Create();
            file.CopyTo(destination.FullName);
        }
    }
}

using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace NeuroBalance.Course.Kernel;

/// <summary>
/// Where the pinned kernel tool's program lies once <c>dotnet tool restore</c> has put it in the NuGet
/// package folder, so the runner can start it with <c>dotnet &lt;dll&gt;</c> instead of through
/// <c>dotnet tool run</c>, which reads the manifest and resolves the package again for every kernel.
/// </summary>
public static class ToolEntryPoint
{
    /// <summary>Finds the tool's entry-point assembly.</summary>
    /// <param name="manifest">The repository's <c>.config/dotnet-tools.json</c>.</param>
    /// <param name="packageId">The tool's package id, e.g. <c>microsoft.dotnet-interactive</c>.</param>
    /// <param name="command">The tool's command, e.g. <c>dotnet-interactive</c>.</param>
    /// <returns>
    /// The assembly, or null when it cannot be found for certain (no manifest entry, the package not in the
    /// package folder, or a tool that is not a framework-dependent .NET tool): then use <c>dotnet tool run</c>.
    /// </returns>
    public static FileInfo? Find(FileInfo manifest, string packageId, string command)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        try
        {
            var version = JsonNode.Parse(File.ReadAllText(manifest.FullName))?["tools"]?[packageId]?["version"]?.GetValue<string>();
            var package = version is null ? null : new DirectoryInfo(Path.Combine(PackagesFolder(), packageId.ToLowerInvariant(), version.ToLowerInvariant(), "tools"));
            if (package is not { Exists: true })
            {
                return null;
            }

            foreach (var settings in package.EnumerateFiles("DotnetToolSettings.xml", SearchOption.AllDirectories))
            {
                var entry = XDocument.Load(settings.FullName).Descendants("Command")
                    .FirstOrDefault(c => (string?)c.Attribute("Name") == command && (string?)c.Attribute("Runner") == "dotnet");
                var dll = entry?.Attribute("EntryPoint")?.Value is { } name ? new FileInfo(Path.Combine(settings.DirectoryName!, name)) : null;
                if (dll is { Exists: true })
                {
                    return dll;
                }
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or System.Xml.XmlException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>NuGet's global package folder: <c>NUGET_PACKAGES</c>, or <c>~/.nuget/packages</c>.</summary>
    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

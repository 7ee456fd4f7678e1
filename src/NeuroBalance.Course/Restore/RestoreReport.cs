using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Restore;

/// <summary>
/// What a <c>dotnet restore</c> (or <c>dotnet tool restore</c>) printed, read for a learner: whether it worked,
/// which packages it could not find (NU1101, NU1102, NU1103) and which package sources it could not reach (NU1301).
/// </summary>
/// <param name="ExitCode">The process exit code; 0 when the restore worked.</param>
/// <param name="Output">Standard output and standard error, as printed.</param>
public sealed partial record RestoreReport(int ExitCode, string Output)
{
    /// <summary>Gets whether the restore worked.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Gets the package ids NuGet could not find (NU1101/NU1102/NU1103), in order of first mention.</summary>
    public IReadOnlyList<string> MissingPackages =>
        [.. MissingPackagePattern().Matches(Output).Select(m => m.Groups["id"].Value).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Gets the package sources NuGet could not reach (NU1301, or the same words from <c>dotnet tool restore</c>), in order of first mention.</summary>
    public IReadOnlyList<string> UnreachableSources =>
        [.. UnreachableSourcePattern().Matches(Output).Select(m => m.Groups["source"].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Explains a failed restore in a few lines: one line saying what happened, the packages and sources
    /// concerned, and what to do (online once, or offline from a copied package folder or a local feed).
    /// </summary>
    /// <returns>The explanation; empty when the restore worked.</returns>
    public IReadOnlyList<string> Explain()
    {
        if (Succeeded)
        {
            return [];
        }

        var lines = new List<string>
        {
            MissingPackages.Count + UnreachableSources.Count > 0
                ? "Package restore failed: NuGet needs packages that are not on this computer and could not download them."
                : $"Package restore failed (exit code {ExitCode}); its last lines:",
        };
        if (MissingPackages.Count > 0)
        {
            lines.Add($"Could not get: {string.Join(", ", MissingPackages)}.");
        }

        if (UnreachableSources.Count > 0)
        {
            lines.Add($"Could not reach: {string.Join(", ", UnreachableSources)} (no network, a proxy, or a firewall).");
        }

        if (MissingPackages.Count + UnreachableSources.Count == 0)
        {
            lines.AddRange(Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(5));
        }

        lines.Add("What to do: connect to the network (set HTTPS_PROXY if you are behind a proxy) and run `dotnet restore` once; " +
            "after that the course restores and runs offline from your NuGet package folder (~/.nuget/packages). " +
            "Without a network: copy a package folder from a machine that has restored the course (set NUGET_PACKAGES to it), " +
            "or add a folder of .nupkg files as a source with `dotnet nuget add source <folder>`. Details: docs/reliability.md, \"Offline restore\".");
        return lines;
    }

    // "error NU1101: Unable to find package Foo. No packages exist …", "error NU1102: Unable to find package Foo with version (>= 1.0.0)".
    [GeneratedRegex(@"\bNU110[123]: Unable to find package '?(?<id>[A-Za-z0-9_.\-]+?)'?(?:\.\s|\s|\.$)", RegexOptions.Multiline)]
    private static partial Regex MissingPackagePattern();

    // "error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json." (dotnet restore), and
    // "Unhandled exception: Unable to load the service index for source …" (dotnet tool restore prints no code).
    [GeneratedRegex(@"Unable to load the service index for source (?<source>\S+?)\.?(?:\s|$)", RegexOptions.Multiline)]
    private static partial Regex UnreachableSourcePattern();
}

using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB005: <c>#r "nuget: Name, Version"</c> pins an exact version.</summary>
public sealed partial class PinnedPackagesRule() : LintRule(new(LintRules.PinnedPackages, "Pinned packages", LintSeverity.Error,
    "`#r \"nuget: Name, Version\"` pins an exact version such as `5.0.0` or `5.0.0-beta.2` (no missing version, no wildcard `5.*`, no range `[5.0,)`)"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        foreach (var (line, at) in CodeLines.Of(target.Notebook))
        {
            if (NugetReference().Match(line) is { Success: true } nuget && !ExactVersion().IsMatch(nuget.Groups["version"].Value.Trim()))
            {
                var name = nuget.Groups["name"].Value.Trim();
                report(at, $"'#r \"nuget: {name}\"' does not pin a version. Write '#r \"nuget: {name}, <exact version>\"'.");
            }
        }
    }

    [GeneratedRegex("^\\s*#r\\s+\"nuget:\\s*(?<name>[^\",]+)(?:,\\s*(?<version>[^\"]*))?\"")]
    private static partial Regex NugetReference();

    /// <summary>An exact NuGet version (1.2.3 or 1.2.3-beta.1): not blank, not floating (1.*), not a range ([1.0,)).</summary>
    [GeneratedRegex("^[0-9]+(?:\\.[0-9]+){1,3}(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();
}

using NeuroBalance.Course.Restore;

namespace NeuroBalance.Course.Tests.Restore;

/// <summary>Reading a failed restore's output for the learner: the packages and sources it names, and the steps.</summary>
public sealed class RestoreReportTests
{
    // Lines as dotnet restore 10.0.100 printed them here: a dead proxy with an empty package folder (NU1301),
    // and a source folder without the packages (NU1101).
    private const string Unreachable = """
          Determining projects to restore...
        /tmp/p/p.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.
        /tmp/p/p.csproj : error NU1301:   Connection refused (127.0.0.1:9)
        /tmp/q/q.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.
          Failed to restore /tmp/p/p.csproj (in 6.12 sec).
        """;

    private const string NotFound = """
        /tmp/p/p.csproj : error NU1101: Unable to find package Markdig. No packages exist with this id in source(s): bogus
        /tmp/p/p.csproj : error NU1101: Unable to find package NeuroBalance.NoSuchPackage. No packages exist with this id in source(s): bogus
        /tmp/p/p.csproj : error NU1102: Unable to find package System.Reactive with version (>= 6.0.0)
        """;

    [Fact]
    public void Unreachable_NamesTheSourceOnce_AndTheOfflineSteps()
    {
        var report = new RestoreReport(1, Unreachable);

        var lines = report.Explain();

        Assert.Equal(["https://api.nuget.org/v3/index.json"], report.UnreachableSources);
        Assert.Empty(report.MissingPackages);
        Assert.StartsWith("Package restore failed: NuGet needs packages", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Could not reach: https://api.nuget.org/v3/index.json ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("NUGET_PACKAGES", StringComparison.Ordinal) && l.Contains("dotnet nuget add source", StringComparison.Ordinal));
    }

    [Fact]
    public void ToolRestoreOffline_NamesTheSource()
    {
        // dotnet tool restore with an empty package folder and no network prints this, without an NU code.
        var report = new RestoreReport(1, "Unhandled exception: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n");

        Assert.Equal(["https://api.nuget.org/v3/index.json"], report.UnreachableSources);
        Assert.StartsWith("Package restore failed: NuGet needs packages", report.Explain()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void NotFound_NamesEveryPackage()
    {
        var report = new RestoreReport(1, NotFound);

        Assert.Equal(["Markdig", "NeuroBalance.NoSuchPackage", "System.Reactive"], report.MissingPackages);
        Assert.Contains("Could not get: Markdig, NeuroBalance.NoSuchPackage, System.Reactive.", report.Explain());
    }

    [Fact]
    public void OtherFailure_ShowsTheLastLines()
    {
        var report = new RestoreReport(1, "line 1\nMSB1009: Project file does not exist.\n");

        Assert.Equal(["Package restore failed (exit code 1); its last lines:", "line 1", "MSB1009: Project file does not exist."], report.Explain().Take(3));
    }

    [Fact]
    public void Success_ExplainsNothing() => Assert.Empty(new RestoreReport(0, Unreachable).Explain());
}

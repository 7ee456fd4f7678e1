using NeuroBalance.Cli;
using NeuroBalance.Course;
using Spectre.Console.Testing;

namespace NeuroBalance.Notebooks.Tests;

/// <summary><c>setup</c> through the CLI, in a throw-away repository: learner copies in learn/, an edited copy kept and said so.</summary>
public sealed class SetupCliTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("nb-setup-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public async Task Setup_WritesLearnerCopies_ThenKeepsAnEditedOne_AndFreshBacksItUp()
    {
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), string.Empty);
        Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        File.Copy(NotebookRuns.FixturePath("solution-regions.dib"), Path.Combine(root.FullName, "notebooks", "01-x.dib"));
        var repository = CourseRepository.Locate(root.FullName);
        var copy = Path.Combine(root.FullName, "learn", "01-x.dib");

        var console = new TestConsole().Width(300);
        Assert.Equal(0, await NeuroBalanceCli.InvokeAsync(["setup", "--no-restore"], console, () => repository));
        Assert.Contains("wrote", console.Output, StringComparison.Ordinal);
        Assert.Contains("learn/01-x.dib", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FromMicromolar(2)", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await File.AppendAllTextAsync(copy, "\n// my notes\n", TestContext.Current.CancellationToken);
        var again = new TestConsole().Width(300);
        Assert.Equal(0, await NeuroBalanceCli.InvokeAsync(["setup", "--no-restore"], again, () => repository));
        Assert.Contains("kept", again.Output, StringComparison.Ordinal);
        Assert.Contains("not overwritten", again.Output, StringComparison.Ordinal);
        Assert.EndsWith("// my notes\n", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var fresh = new TestConsole().Width(300);
        Assert.Equal(0, await NeuroBalanceCli.InvokeAsync(["setup", "--no-restore", "--fresh"], fresh, () => repository));
        Assert.Contains("learn/backup/01-x.", fresh.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("// my notes", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("// my notes", await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(root.FullName, "learn", "backup"))), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_RestoreFails_NamesThePackageAndTheOfflineSteps_AndWritesNoCopies()
    {
        // Given: a repository whose one project needs a package that its only source (an empty folder) lacks.
        var source = Directory.CreateDirectory(Path.Combine(root.FullName, "empty-source"));
        File.WriteAllText(Path.Combine(root.FullName, "nuget.config"), $"""<configuration><packageSources><clear /><add key="empty" value="{source.FullName}" /></packageSources></configuration>""");
        Directory.CreateDirectory(Path.Combine(root.FullName, ".config"));
        File.WriteAllText(Path.Combine(root.FullName, ".config", "dotnet-tools.json"), """{ "version": 1, "isRoot": true, "tools": {} }""");
        Directory.CreateDirectory(Path.Combine(root.FullName, "lib"));
        File.WriteAllText(Path.Combine(root.FullName, "lib", "lib.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="NeuroBalance.NoSuchPackage" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root.FullName, "NeuroBalance.sln"), """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "lib", "lib\lib.csproj", "{6A1F7A52-3E1B-4E4B-9C55-1D0B8B9A0001}"
            EndProject
            Global
            	GlobalSection(SolutionConfigurationPlatforms) = preSolution
            		Debug|Any CPU = Debug|Any CPU
            	EndGlobalSection
            	GlobalSection(ProjectConfigurationPlatforms) = postSolution
            		{6A1F7A52-3E1B-4E4B-9C55-1D0B8B9A0001}.Debug|Any CPU.ActiveCfg = Debug|Any CPU
            		{6A1F7A52-3E1B-4E4B-9C55-1D0B8B9A0001}.Debug|Any CPU.Build.0 = Debug|Any CPU
            	EndGlobalSection
            EndGlobal
            """);
        Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        File.Copy(NotebookRuns.FixturePath("solution-regions.dib"), Path.Combine(root.FullName, "notebooks", "01-x.dib"));
        var repository = CourseRepository.Locate(root.FullName);
        var console = new TestConsole().Width(300);

        // When
        var exit = await NeuroBalanceCli.InvokeAsync(["setup"], console, () => repository);

        // Then
        Assert.Equal(1, exit);
        Assert.Contains("Package restore failed: NuGet needs packages that are not on this computer", console.Output, StringComparison.Ordinal);
        Assert.Contains("Could not get: NeuroBalance.NoSuchPackage.", console.Output, StringComparison.Ordinal);
        Assert.Contains("What to do: connect to the network", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Fix the build errors", console.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.FullName, "learn")));
    }
}

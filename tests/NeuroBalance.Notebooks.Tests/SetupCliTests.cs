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
        Assert.Equal(0, await NeuroBalanceCli.InvokeAsync(["setup"], console, () => repository));
        Assert.Contains("wrote", console.Output, StringComparison.Ordinal);
        Assert.Contains("learn/01-x.dib", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FromMicromolar(2)", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await File.AppendAllTextAsync(copy, "\n// my notes\n", TestContext.Current.CancellationToken);
        var again = new TestConsole().Width(300);
        Assert.Equal(0, await NeuroBalanceCli.InvokeAsync(["setup"], again, () => repository));
        Assert.Contains("kept", again.Output, StringComparison.Ordinal);
        Assert.Contains("not overwritten", again.Output, StringComparison.Ordinal);
        Assert.EndsWith("// my notes\n", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var fresh = new TestConsole().Width(300);
        Assert.Equal(0, await NeuroBalanceCli.InvokeAsync(["setup", "--fresh"], fresh, () => repository));
        Assert.Contains("learn/backup/01-x.", fresh.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("// my notes", await File.ReadAllTextAsync(copy, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("// my notes", await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(root.FullName, "learn", "backup"))), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

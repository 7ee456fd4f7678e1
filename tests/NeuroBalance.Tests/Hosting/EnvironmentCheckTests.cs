using NeuroBalance.Hosting;

namespace NeuroBalance.Tests.Hosting;

public sealed class EnvironmentCheckTests
{
    [Fact]
    public void Run_OutsideAKernel_ReportsEveryCheckAndWarnsAboutTheKernel()
    {
        var report = EnvironmentCheck.Run();

        Assert.Equal([".NET runtime", ".NET SDK", "Kernel", "NeuroBalance library", "Charts (Plotly.NET)", "Offline charts"], report.Checks.Select(c => c.Name));
        Assert.True(report.Ready, report.ToString());
        Assert.Equal(CheckStatus.Ok, report.Checks.Single(c => c.Name == "Charts (Plotly.NET)").Status);
        Assert.Contains("<table", report.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void FailedCheck_PrintsItsNextStep()
    {
        var failed = new EnvironmentCheckResult(".NET SDK", CheckStatus.Failed, "9.0.100", "Install the .NET 10 SDK");
        Assert.Equal("✗ .NET SDK: 9.0.100. Next step: Install the .NET 10 SDK", failed.ToString());
    }

    [Fact]
    public void FSharpCoreRedirect_IsInstalledWhenTheLibraryLoads()
    {
        _ = typeof(EnvironmentCheck).Assembly; // any use of the library runs its module initializer
        Assert.True(FSharpCoreRedirect.IsInstalled);
    }
}

namespace NeuroBalance.Notebooks.Tests;

/// <summary>Bad input in a notebook gets a clear message in the real kernel, not a stack trace.</summary>
public sealed class FriendlyErrorTests
{
    [Fact]
    public async Task BadValue_ShowsParameterValueAndRange_WithoutAStackTrace()
    {
        var result = await NotebookRuns.RunAsync(NotebookRuns.Repository.RelativePath(new FileInfo(NotebookRuns.FixturePath("bad-input.dib"))));

        var failed = Assert.Single(result.FailedCells);
        var error = string.Join("\n", failed.Errors);
        Assert.Contains("ParameterOutOfRangeException: nanomolar must be a finite number in the range [0, 1E+10] nM, but was -5 nM.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}

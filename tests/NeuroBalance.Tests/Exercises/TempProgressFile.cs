namespace NeuroBalance.Tests.Exercises;

/// <summary>A progress-file path in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempProgressFile : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nb-progress-" + Guid.NewGuid().ToString("N"));

    public TempProgressFile() => Directory.CreateDirectory(folder);

    public string Path => System.IO.Path.Combine(folder, "progress.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

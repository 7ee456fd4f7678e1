using System.Runtime.CompilerServices;
using NeuroBalance.Exercises;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// Points the exercise progress file of every kernel these tests start (they inherit this process's
/// environment) at a temporary file, so test runs never touch the user's real progress.
/// </summary>
internal static class ProgressFileIsolation
{
    internal static string ProgressFile { get; } =
        Path.Combine(Path.GetTempPath(), $"neurobalance-test-progress-{Environment.ProcessId}.json");

    [ModuleInitializer]
    internal static void Isolate() => Environment.SetEnvironmentVariable(ProgressStore.FileVariable, ProgressFile);
}

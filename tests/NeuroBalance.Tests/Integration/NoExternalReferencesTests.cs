using System.Diagnostics;
using NeuroBalance.Course;

namespace NeuroBalance.Tests.Integration;

/// <summary>
/// The course refers only to what its users have: no tracked file (outside .git, bin and obj) points at
/// the authors' private science notes or coordination files, which are not part of the repository.
/// The values those notes held are in docs/sources.md, with their sources in references.yaml.
/// </summary>
public sealed class NoExternalReferencesTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    /// <summary>Pointers to files outside the repository. Built from parts so that this file does not contain them.</summary>
    public static readonly IReadOnlyList<string> Forbidden =
    [
        "reference-values" + ".md",
        "../" + "shared",
        "shared/" + "science",
        "COORDINATION" + ".md",
    ];

    [Fact]
    public void NoTrackedFile_PointsOutsideTheRepository()
    {
        var files = TrackedFiles(Repository.Root);
        Assert.Contains("README.md", files);
        Assert.Contains("src/NeuroBalance/Content/Data/references.yaml", files);

        var hits = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(Repository.Root.FullName, file);
            if (!File.Exists(path) || IsBinary(path))
            {
                continue;
            }

            hits.AddRange(Pointers(file, File.ReadAllText(path)));
        }

        Assert.True(hits.Count == 0, "Files point at something users do not have (bring what is needed into docs/sources.md or references.yaml):\n" + string.Join("\n", hits));
    }

    [Fact]
    public void TheCheck_ReportsFileLineAndPointer_OnAFixture()
    {
        var fixture = "# Notes\nConstants as in " + Forbidden[0] + " (status code).\nSee ../" + "Shared/notes and " + Forbidden[3] + ".\n";
        Assert.Equal(
            [$"docs/x.md:2: {Forbidden[0]}", $"docs/x.md:3: {Forbidden[1]}", $"docs/x.md:3: {Forbidden[3]}"],
            Pointers("docs/x.md", fixture));
        Assert.Empty(Pointers("docs/x.md", "See docs/sources.md and tests/Shared/Browser.cs."));
    }

    /// <summary>"file:line: pointer" for each forbidden pointer in a text (case-insensitive).</summary>
    private static IEnumerable<string> Pointers(string file, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var f in Forbidden.Where(f => lines[i].Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{file}:{i + 1}: {f}";
            }
        }
    }

    /// <summary>The files git tracks or would track (relative, forward slashes; ignored files excluded), or, without git, every file outside .git, bin, obj and build output.</summary>
    private static IReadOnlyList<string> TrackedFiles(DirectoryInfo root)
    {
        try
        {
            var start = new ProcessStartInfo("git", "ls-files -z --cached --others --exclude-standard") { WorkingDirectory = root.FullName, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0 && output.Length > 0)
            {
                return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git: walk the folder instead.
        }

        string[] skip = [".git", "bin", "obj", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", ".vs", ".idea"];
        return root.EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => skip.Contains(part)))
            .ToArray();
    }

    private static bool IsBinary(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(8000, (int)stream.Length)];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }
}

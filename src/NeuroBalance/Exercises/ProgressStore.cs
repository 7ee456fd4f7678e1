using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NeuroBalance.Exercises;

/// <summary>
/// Saves exercise progress in a small JSON file in the user's profile, so that it survives a kernel
/// restart. Local only: no network, no account.
/// </summary>
/// <remarks>
/// <para>Location: the environment variable <see cref="FileVariable"/> when set (the value <c>off</c>
/// turns saving off), otherwise <c>&lt;LocalApplicationData&gt;/NeuroBalance/progress.json</c>
/// (<c>~/.local/share/NeuroBalance/progress.json</c> on Linux, <c>%LOCALAPPDATA%\NeuroBalance\progress.json</c> on Windows).</para>
/// <para><b>Never breaks a lesson.</b> A file that cannot be read (bad JSON, wrong shape, negative counts, larger
/// than <see cref="MaxFileBytes"/>) is reported and then ignored: the session starts a fresh record, and the first
/// save moves the unreadable file aside as <c>progress.json.corrupt</c> before writing a new one. A folder in the
/// file's place, a read-only location or a lock held too long become a warning. Problems never throw.</para>
/// <para><b>Two kernels at once.</b> A save holds an exclusive lock on <c>progress.json.lock</c> (an empty file
/// kept next to the progress file) while it reads what is on disk, merges it with its own records and replaces
/// the file atomically (write a temporary file, then rename it over the old one; the temporary file is removed
/// if anything fails). So no kernel's update is lost, whatever the interleaving. A symbolic link is followed: the
/// file it points to is replaced and the link kept; the file's permissions (Unix mode) are kept.</para>
/// </remarks>
public sealed class ProgressStore
{
    /// <summary>The environment variable that overrides the file's location (or is <c>off</c>).</summary>
    public const string FileVariable = "NEUROBALANCE_PROGRESS_FILE";

    /// <summary>The largest progress file read (4 MiB, about 40,000 exercise records); a larger one is treated as unreadable.</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    private const string Format = "neurobalance-progress";
    private const int Version = 1;

    /// <summary>How long a save waits for another kernel's save to finish before giving up with a warning.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>Creates a store for a file (the file need not exist yet).</summary>
    /// <param name="path">The JSON file's path.</param>
    /// <exception cref="InvalidParameterException">The path is blank.</exception>
    public ProgressStore(string path) => Path = System.IO.Path.GetFullPath(Internal.Preconditions.CheckNotBlank(nameof(path), path));

    /// <summary>Gets the JSON file's full path.</summary>
    public string Path { get; }

    /// <summary>Gets the default location, ignoring the environment variable.</summary>
    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "NeuroBalance",
        "progress.json");

    /// <summary>Creates the store the environment asks for.</summary>
    /// <returns>The store, or null when <see cref="FileVariable"/> is <c>off</c> or the user has no profile folder.</returns>
    public static ProgressStore? FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable(FileVariable);
        if (string.Equals(configured?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new ProgressStore(configured);
        }

        // Without a profile folder (no HOME, e.g. a locked-down service), keep progress in memory
        // rather than writing next to the notebook.
        return System.IO.Path.IsPathRooted(DefaultPath) ? new ProgressStore(DefaultPath) : null;
    }

    /// <summary>Reads the saved records.</summary>
    /// <returns>The records (empty when there is no file) and a warning when the file could not be read.</returns>
    public (IReadOnlyDictionary<string, ExerciseRecord> Records, string? Warning) Load()
    {
        var empty = new Dictionary<string, ExerciseRecord>(StringComparer.Ordinal);
        try
        {
            var file = FileBehindLink();
            if (Directory.Exists(file))
            {
                return (empty, FolderWarning());
            }

            return File.Exists(file) ? (Parse(ReadCapped(file)), null) : (empty, null);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return (empty, $"Your saved exercise progress in {Path} could not be read ({e.Message}), so it is ignored and this session starts a fresh record. " +
                           $"The unreadable file will be kept as {Path}.corrupt.");
        }
        catch (Exception e) when (IsInaccessible(e))
        {
            return (empty, $"Your saved exercise progress in {Path} could not be read ({e.Message}), so it is ignored and this session starts a fresh record.");
        }
    }

    /// <summary>Saves the records, merged with what is on disk, under a lock that other kernels respect.</summary>
    /// <param name="records">The records to save.</param>
    /// <returns>Null on success, otherwise a warning that says why nothing was saved.</returns>
    public string? Save(IReadOnlyDictionary<string, ExerciseRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        string? temporary = null;
        try
        {
            var file = FileBehindLink();
            if (Directory.Exists(file))
            {
                return FolderWarning();
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            using var held = AcquireLock(file + ".lock");
            if (held is null)
            {
                return $"Your exercise progress could not be saved to {Path}: another notebook kept the file locked for more than {LockWait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s. " +
                       "The lesson works as usual; the next check tries again.";
            }

            var merged = new Dictionary<string, ExerciseRecord>(records, StringComparer.Ordinal);
            UnixFileMode? mode = null;
            if (File.Exists(file))
            {
                mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(file);
                try
                {
                    foreach (var (id, saved) in Parse(ReadCapped(file)))
                    {
                        merged[id] = merged.TryGetValue(id, out var mine) ? mine.Merge(saved) : saved;
                    }
                }
                catch (Exception e) when (IsUnreadable(e))
                {
                    File.Move(file, file + ".corrupt", overwrite: true);
                }
            }

            temporary = $"{file}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
            File.WriteAllText(temporary, Serialize(merged), new UTF8Encoding(false));
            if (mode is { } kept && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, kept);
            }

            File.Move(temporary, file, overwrite: true);
            temporary = null;
            return null;
        }
        catch (Exception e) when (IsInaccessible(e))
        {
            return $"Your exercise progress could not be saved to {Path} ({e.Message}). The lesson works as usual; progress is kept until the kernel restarts.";
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>The file to read and replace: the path itself, or the final target when the path is a symbolic link.</summary>
    private string FileBehindLink()
    {
        var info = new FileInfo(Path);
        return info.LinkTarget is null ? Path : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path;
    }

    private string FolderWarning() =>
        $"Your exercise progress cannot be saved: {Path} is a folder, not a file. The lesson works as usual; progress is kept until the kernel restarts. " +
        $"Remove or rename that folder, or set {FileVariable} to another file, to save progress again.";

    /// <summary>Takes the exclusive lock that serialises saves across processes, waiting up to <see cref="LockWait"/>.</summary>
    /// <returns>The held lock (dispose to release), or null when it stayed taken.</returns>
    private static FileStream? AcquireLock(string lockPath)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock other processes see (flock on Unix, a share mode on Windows).
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (File.Exists(lockPath) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(2, 20));
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                return null;
            }
        }
    }

    /// <summary>Reads the file as text, refusing one larger than <see cref="MaxFileBytes"/> before reading it.</summary>
    private static string ReadCapped(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length > MaxFileBytes)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"it is {stream.Length / (1024.0 * 1024.0):0.#} MiB, larger than any progress file can be ({MaxFileBytes / (1024 * 1024)} MiB)"));
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (IsInaccessible(e))
        {
            // Best effort: the save already reports its own failure.
        }
    }

    /// <summary>The exceptions that mean "the file cannot be reached or written" (missing rights, a read-only disk, a bad path).</summary>
    private static bool IsInaccessible(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException;

    /// <summary>The exceptions that mean "the file's content is not a progress file".</summary>
    private static bool IsUnreadable(Exception e) =>
        e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException;

    private static Dictionary<string, ExerciseRecord> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
        {
            throw new FormatException($"it is not a NeuroBalance progress file: expected \"format\": \"{Format}\"");
        }

        if (!root.TryGetProperty("version", out var version) || version.GetInt32() != Version)
        {
            throw new FormatException($"unknown version; expected {Version}");
        }

        var records = new Dictionary<string, ExerciseRecord>(StringComparer.Ordinal);
        foreach (var exercise in root.GetProperty("exercises").EnumerateObject())
        {
            var e = exercise.Value;
            var record = new ExerciseRecord(
                e.GetProperty("attempts").GetInt32(),
                e.GetProperty("solved").GetBoolean(),
                e.GetProperty("hintsRevealed").GetInt32(),
                e.GetProperty("solutionShown").GetBoolean());
            if (record.Attempts < 0 || record.HintsRevealed < 0)
            {
                throw new FormatException($"the record of '{exercise.Name}' has a negative count");
            }

            records[exercise.Name] = record;
        }

        return records;
    }

    private static string Serialize(IReadOnlyDictionary<string, ExerciseRecord> records)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteStartObject("exercises");
            foreach (var (id, r) in records.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(id);
                json.WriteNumber("attempts", r.Attempts);
                json.WriteBoolean("solved", r.Solved);
                json.WriteNumber("hintsRevealed", r.HintsRevealed);
                json.WriteBoolean("solutionShown", r.SolutionShown);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

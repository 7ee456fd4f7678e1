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
/// <para>A file that cannot be read (bad JSON, wrong shape, negative counts) is reported once and
/// then ignored: the session starts a fresh record, and the first save keeps the unreadable file as
/// <c>progress.json.corrupt</c> before writing a new one. Problems never throw; they come back as
/// warnings. A save merges with what is on disk (two notebooks open at once) and replaces the file
/// atomically.</para>
/// </remarks>
public sealed class ProgressStore
{
    /// <summary>The environment variable that overrides the file's location (or is <c>off</c>).</summary>
    public const string FileVariable = "NEUROBALANCE_PROGRESS_FILE";

    private const string Format = "neurobalance-progress";
    private const int Version = 1;

    private bool corruptOnDisk;

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
        if (!File.Exists(Path))
        {
            return (new Dictionary<string, ExerciseRecord>(StringComparer.Ordinal), null);
        }

        try
        {
            return (Parse(File.ReadAllText(Path, Encoding.UTF8)), null);
        }
        catch (Exception e) when (IsUnreadable(e) || e is IOException or UnauthorizedAccessException)
        {
            corruptOnDisk = e is not (IOException or UnauthorizedAccessException);
            return (new Dictionary<string, ExerciseRecord>(StringComparer.Ordinal),
                $"Your saved exercise progress in {Path} could not be read ({e.Message}), so it is ignored and this session starts a fresh record." +
                (corruptOnDisk ? $" The unreadable file will be kept as {Path}.corrupt." : string.Empty));
        }
    }

    /// <summary>Saves the records, merged with what is on disk.</summary>
    /// <param name="records">The records to save.</param>
    /// <returns>Null on success, otherwise a warning that says why nothing was saved.</returns>
    public string? Save(IReadOnlyDictionary<string, ExerciseRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var merged = new Dictionary<string, ExerciseRecord>(records, StringComparer.Ordinal);
            if (File.Exists(Path) && !corruptOnDisk)
            {
                try
                {
                    foreach (var (id, saved) in Parse(File.ReadAllText(Path, Encoding.UTF8)))
                    {
                        merged[id] = merged.TryGetValue(id, out var mine) ? mine.Merge(saved) : saved;
                    }
                }
                catch (Exception e) when (IsUnreadable(e))
                {
                    corruptOnDisk = true;
                }
            }

            if (corruptOnDisk)
            {
                File.Copy(Path, Path + ".corrupt", overwrite: true);
                corruptOnDisk = false;
            }

            var temporary = Path + ".tmp-" + Environment.ProcessId;
            File.WriteAllText(temporary, Serialize(merged), new UTF8Encoding(false));
            File.Move(temporary, Path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"Your exercise progress could not be saved to {Path} ({e.Message}). The lesson works as usual; progress is kept until the kernel restarts.";
        }
    }

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

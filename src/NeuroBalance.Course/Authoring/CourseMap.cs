using System.Text.Json;
using System.Text.Json.Nodes;

namespace NeuroBalance.Course.Authoring;

/// <summary>One lesson registered in <c>notebooks/course.json</c>.</summary>
/// <param name="File">The notebook file name, relative to <c>notebooks/</c>, e.g. <c>00-start-here.dib</c>.</param>
/// <param name="Part">The part of the course it belongs to, e.g. <c>Start</c> or <c>Hormones</c>.</param>
/// <param name="About">One line on what a learner learns there, shown in the course tables of the README and 00-start-here.</param>
public sealed record CourseMapEntry(string File, string Part, string About = "");

/// <summary>
/// The course map: the order of the lessons and the part each belongs to, read from
/// <c>notebooks/course.json</c>. Titles and objectives are not repeated here; they are read from the
/// notebooks themselves, so they cannot drift apart.
/// </summary>
/// <remarks>
/// Format: <c>{ "title": "...", "description": "...", "lessons": [ { "file": "00-start-here.dib", "part": "Start" } ] }</c>.
/// <c>new-lesson</c> appends to <c>lessons</c>; <c>build</c> shows the lessons in this order and adds any
/// notebook that is not registered at the end (lint warns about it).
/// </remarks>
public sealed class CourseMap
{
    /// <summary>The file name of the course map inside <c>notebooks/</c>.</summary>
    public const string FileName = "course.json";

    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private CourseMap(string title, string description, IReadOnlyList<CourseMapEntry> lessons)
    {
        Title = title;
        Description = description;
        Lessons = lessons;
    }

    /// <summary>Gets the course title.</summary>
    public string Title { get; }

    /// <summary>Gets the one-paragraph course description for the index page.</summary>
    public string Description { get; }

    /// <summary>Gets the registered lessons in course order.</summary>
    public IReadOnlyList<CourseMapEntry> Lessons { get; }

    /// <summary>Gets the course map file of a repository.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns><c>notebooks/course.json</c>.</returns>
    public static FileInfo PathIn(CourseRepository repository) =>
        new(Path.Combine(repository.NotebooksFolder.FullName, FileName));

    /// <summary>Reads the course map; an empty map titled "NeuroBalance" when the file does not exist.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The map.</returns>
    /// <exception cref="InvalidDataException">The file is not a valid course map; the message says why.</exception>
    public static CourseMap Load(CourseRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var file = PathIn(repository);
        if (!file.Exists)
        {
            return new CourseMap("NeuroBalance", string.Empty, []);
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(file.FullName)) as JsonObject
                ?? throw new InvalidDataException($"{repository.RelativePath(file)}:1: the course map must be a JSON object.");
            var lessons = new List<CourseMapEntry>();
            foreach (var (node, i) in (root["lessons"] as JsonArray ?? []).Select((n, i) => (n, i)))
            {
                var name = node?["file"]?.GetValue<string>();
                if (string.IsNullOrWhiteSpace(name) || name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name))
                {
                    throw new InvalidDataException($"{repository.RelativePath(file)}:1: lessons[{i}].file must be a notebook file name inside notebooks/, but was '{name}'.");
                }

                lessons.Add(new CourseMapEntry(name, node?["part"]?.GetValue<string>() ?? "Lessons", node?["about"]?.GetValue<string>() ?? string.Empty));
            }

            return new CourseMap(root["title"]?.GetValue<string>() ?? "NeuroBalance", root["description"]?.GetValue<string>() ?? string.Empty, lessons);
        }
        catch (JsonException e)
        {
            // file:line: message, so that editors and CI jump to the place (JsonException counts lines from 0).
            var line = (e.LineNumber ?? 0) + 1;
            var reason = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();
            throw new InvalidDataException($"{repository.RelativePath(file)}:{line}: not valid JSON: {reason}", e);
        }
        catch (InvalidOperationException e)
        {
            // A value of the wrong kind, e.g. "lessons": ["a.dib"] or "title": 3.
            throw new InvalidDataException($"{repository.RelativePath(file)}:1: not a course map: {e.Message} Expected {{ \"title\": text, \"lessons\": [ {{ \"file\": text, \"part\": text }} ] }}.", e);
        }
    }

    /// <summary>Returns a copy with one more lesson at the end.</summary>
    /// <param name="entry">The lesson.</param>
    /// <returns>The new map.</returns>
    public CourseMap With(CourseMapEntry entry) => new(Title, Description, [.. Lessons, entry]);

    /// <summary>Writes the map to <c>notebooks/course.json</c>.</summary>
    /// <param name="repository">The repository.</param>
    public void Save(CourseRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var root = new JsonObject
        {
            ["title"] = Title,
            ["description"] = Description,
            ["lessons"] = new JsonArray([.. Lessons.Select(l => (JsonNode)(l.About.Length == 0 ? new JsonObject { ["file"] = l.File, ["part"] = l.Part } : new JsonObject { ["file"] = l.File, ["part"] = l.Part, ["about"] = l.About }))]),
        };
        File.WriteAllText(PathIn(repository).FullName, root.ToJsonString(WriteOptions) + "\n");
    }

    /// <summary>
    /// Orders the notebooks of a repository: registered lessons first, in map order, then every
    /// other notebook under <c>notebooks/</c> (part "Unlisted").
    /// </summary>
    /// <param name="repository">The repository.</param>
    /// <returns>(file, part, registered) in course order. Registered files that do not exist are left out.</returns>
    public IReadOnlyList<(FileInfo File, string Part, bool Registered)> Order(CourseRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var all = repository.FindNotebooks();
        var registered = Lessons
            .Select(l => (File: new FileInfo(Path.Combine(repository.NotebooksFolder.FullName, l.File)), l.Part))
            .Where(l => l.File.Exists)
            .Select(l => (l.File, l.Part, Registered: true))
            .ToList();
        var known = registered.Select(r => r.File.FullName).ToHashSet(StringComparer.Ordinal);
        registered.AddRange(all.Where(f => !known.Contains(f.FullName)).Select(f => (f, "Unlisted", false)));
        return registered;
    }
}

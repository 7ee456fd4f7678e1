using System.Reflection;
using NeuroBalance.Content;
using NeuroBalance.Exercises;
using NeuroBalance.Hosting;

namespace NeuroBalance.Lessons;

/// <summary>
/// The course's lesson units as one exercise catalog. Each unit is a folder <c>notebooks/&lt;lesson&gt;/</c>
/// next to its notebook, with an <c>exercises.yaml</c> and, when its exercises need computed values,
/// a class implementing <see cref="ILessonCode"/>. A notebook's first cell loads this assembly and
/// calls <see cref="Load"/>, which installs the catalog that <see cref="Exercise.Get"/> uses.
/// </summary>
public static class CourseLessons
{
    private const string ResourcePrefix = "lessons/";

    /// <summary>Gets the folder the lesson units were compiled from (the repository's <c>notebooks</c> folder).</summary>
    public static string SourceFolder { get; } =
        typeof(CourseLessons).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NeuroBalance.NotebooksFolder")?.Value ?? string.Empty;

    /// <summary>Builds the catalog of every lesson unit. An exercise file is read from the lesson folder
    /// under <paramref name="notebooksFolder"/> if it exists there, else from <see cref="SourceFolder"/>, else from the copy built in.</summary>
    /// <param name="notebooksFolder">The folder of the running notebooks (usually the kernel's working directory); null for none.</param>
    /// <param name="knowledge">The knowledge base the exercise files cite; default: the current session's.</param>
    /// <returns>The catalog, in lesson order.</returns>
    public static ExerciseCatalog Catalog(string? notebooksFolder = null, Func<KnowledgeBase>? knowledge = null)
    {
        var assembly = typeof(CourseLessons).Assembly;
        // A lesson's code that fails to start must not break the catalog: Define (where models run)
        // is called per lesson on first use, and a type whose constructor throws is reported by the
        // lessons that then have no code, never by the others.
        var code = new Dictionary<string, ILessonCode>(StringComparer.Ordinal);
        var faults = new List<(Type Type, Exception Error)>();
        foreach (var type in assembly.GetTypes().Where(t => typeof(ILessonCode).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            try
            {
                var unit = (ILessonCode)Activator.CreateInstance(type)!;
                code[unit.Lesson] = unit;
            }
            catch (Exception e) when (e is TargetInvocationException or TypeInitializationException)
            {
                faults.Add((type, e.InnerException ?? e));
            }
        }

        var embedded = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(n => n[ResourcePrefix.Length..].Split('/', '\\')[0], n => n, StringComparer.Ordinal);
        var lessons = embedded.Keys
            .Concat(Folders(notebooksFolder)).Concat(Folders(SourceFolder))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new ExerciseCatalog(lessons.Select(lesson => new LessonExerciseSet(
            lesson,
            CodeOf(lesson, code, faults),
            new[] { notebooksFolder, SourceFolder }.Where(f => !string.IsNullOrEmpty(f)).Select(f => Path.Combine(f!, lesson, "exercises.yaml")).Distinct().ToArray(),
            embedded.TryGetValue(lesson, out var resource) ? Read(assembly, resource) : null,
            knowledge)));
    }

    /// <summary>
    /// Makes this course's exercises the ones <see cref="Exercise.Get"/> finds in the kernel's session
    /// (<see cref="CourseSession.Install"/>), reading exercise files from the lesson folders next to the
    /// running notebook first, and marks the session as a notebook kernel's (errors shown to the learner
    /// without stack traces). A notebook's first cell calls it right after loading this assembly; calling
    /// it again is harmless (progress and chart settings are kept).
    /// </summary>
    public static void Load() =>
        CourseSession.Install(session => session.WithCatalog(() => Catalog(Environment.CurrentDirectory)).AsNotebookKernel());

    private static Func<ILessonCode?> CodeOf(string lesson, Dictionary<string, ILessonCode> code, List<(Type Type, Exception Error)> faults) =>
        code.TryGetValue(lesson, out var unit) ? () => unit
        : faults.Count == 0 ? () => null
        : () => throw new LessonSetFaultException(lesson, new InvalidOperationException(
            $"the lesson code {string.Join(", ", faults.Select(f => f.Type.Name))} could not be created ({string.Join("; ", faults.Select(f => $"{f.Error.GetType().Name}: {f.Error.Message}"))}).", faults[0].Error));

    private static IEnumerable<string> Folders(string? notebooksFolder) =>
        string.IsNullOrEmpty(notebooksFolder) || !Directory.Exists(notebooksFolder)
            ? []
            : Directory.EnumerateFiles(notebooksFolder, "exercises.yaml", SearchOption.AllDirectories)
                .Where(f => Path.GetDirectoryName(Path.GetDirectoryName(f)) is { } parent && Path.GetFullPath(parent) == Path.GetFullPath(notebooksFolder))
                .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!));

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

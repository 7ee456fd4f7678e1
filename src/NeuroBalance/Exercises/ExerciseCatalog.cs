using System.Reflection;

namespace NeuroBalance.Exercises;

/// <summary>Every exercise of the course, by id and by notebook. Ids are unique across the course.</summary>
public sealed class ExerciseCatalog
{
    private static readonly Lazy<ExerciseCatalog> Discovered = new(() => new ExerciseCatalog(
        LoadableTypes(typeof(ExerciseCatalog).Assembly)
            .Where(t => typeof(IExerciseSet).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IExerciseSet)Activator.CreateInstance(t)!)));

    private readonly Dictionary<string, Exercise> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Exercise>> byNotebook = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a catalog from exercise sets.</summary>
    /// <param name="sets">The sets, one per notebook.</param>
    /// <exception cref="InvalidParameterException">Two exercises share an id, two sets name the same notebook, or a set is empty.</exception>
    public ExerciseCatalog(IEnumerable<IExerciseSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        foreach (var set in sets)
        {
            var notebook = Internal.Preconditions.CheckNotBlank(nameof(set.Notebook), set.Notebook);
            if (set.Exercises.Count == 0)
            {
                throw new InvalidParameterException($"The exercise set of notebook '{notebook}' ({set.GetType().Name}) has no exercises.", nameof(sets));
            }

            if (!byNotebook.TryAdd(notebook, set.Exercises))
            {
                throw new InvalidParameterException($"Two exercise sets are for notebook '{notebook}'; each notebook has one set.", nameof(sets));
            }

            foreach (var exercise in set.Exercises)
            {
                if (byId.TryGetValue(exercise.Id, out var first))
                {
                    throw new InvalidParameterException(
                        $"The exercise id '{exercise.Id}' is used twice, in the sets of '{first.Notebook}' and '{notebook}'. Ids must be unique across the course.", nameof(sets));
                }

                exercise.Notebook = notebook;
                byId.Add(exercise.Id, exercise);
            }
        }
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    /// <summary>Gets the catalog of every set in the NeuroBalance library, found by reflection on first use.</summary>
    public static ExerciseCatalog Default => Discovered.Value;

    /// <summary>Gets every exercise, set by set.</summary>
    public IReadOnlyList<Exercise> All => byNotebook.Values.SelectMany(e => e).ToArray();

    /// <summary>Gets the notebooks that have exercises.</summary>
    public IReadOnlyList<string> Notebooks => byNotebook.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Gets an exercise by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The exercise.</returns>
    /// <exception cref="InvalidParameterException">No exercise has this id; the message lists the known ids.</exception>
    public Exercise Get(string id)
    {
        if (id is not null && byId.TryGetValue(id, out var exercise))
        {
            return exercise;
        }

        throw new InvalidParameterException(
            $"No exercise has the id \"{id}\". Check the spelling; the exercises of this course are: {string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}.", nameof(id));
    }

    /// <summary>Gets the exercises of one notebook.</summary>
    /// <param name="notebook">The notebook's file name, with or without <c>.dib</c>.</param>
    /// <returns>Its exercises, in order.</returns>
    /// <exception cref="InvalidParameterException">No set belongs to this notebook; the message lists those that exist.</exception>
    public IReadOnlyList<Exercise> ForNotebook(string notebook)
    {
        var name = Path.GetFileNameWithoutExtension(notebook ?? string.Empty);
        return byNotebook.TryGetValue(name, out var exercises)
            ? exercises
            : throw new InvalidParameterException(
                $"No exercises belong to a notebook called \"{notebook}\". Notebooks with exercises: {string.Join(", ", Notebooks)}.", nameof(notebook));
    }
}

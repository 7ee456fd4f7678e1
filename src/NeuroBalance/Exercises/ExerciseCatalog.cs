namespace NeuroBalance.Exercises;

/// <summary>
/// Every exercise of the course, by id and by notebook. Ids are unique across the course. Each
/// notebook's set is built on first use, so a lesson whose exercises cannot be built fails alone.
/// </summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, IExerciseSet> byNotebook = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IExerciseSet> sets = [];

    /// <summary>Builds a catalog from exercise sets.</summary>
    /// <param name="sets">The sets, one per notebook.</param>
    /// <exception cref="InvalidParameterException">Two exercises share an id, two sets name the same notebook, or a set is empty.</exception>
    public ExerciseCatalog(IEnumerable<IExerciseSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var notebook = Internal.Preconditions.CheckNotBlank(nameof(set.Notebook), set.Notebook);
            if (!byNotebook.TryAdd(notebook, set))
            {
                throw new InvalidParameterException($"Two exercise sets are for notebook '{notebook}'; each notebook has one set.", nameof(sets));
            }

            var ids = set is LessonExerciseSet lesson ? lesson.DeclaredIds : set.Exercises.Select(e => e.Id).ToArray();
            if (ids.Count == 0 && set is not LessonExerciseSet)
            {
                throw new InvalidParameterException($"The exercise set of notebook '{notebook}' ({set.GetType().Name}) has no exercises.", nameof(sets));
            }

            foreach (var id in ids)
            {
                if (!owner.TryAdd(id, notebook))
                {
                    throw new InvalidParameterException(
                        $"The exercise id '{id}' is used twice, in the sets of '{owner[id]}' and '{notebook}'. Ids must be unique across the course.", nameof(sets));
                }
            }

            if (set is not LessonExerciseSet)
            {
                foreach (var exercise in set.Exercises)
                {
                    exercise.Notebook = notebook;
                }
            }

            this.sets.Add(set);
        }
    }

    /// <summary>Gets the catalog of the current session (<see cref="Hosting.CourseSession.Catalog"/>), installed by the notebook's first cell.</summary>
    /// <exception cref="InvalidOperationException">No course is loaded; the message says which assembly to load.</exception>
    public static ExerciseCatalog Default => Hosting.CourseSession.Current.Catalog;

    /// <summary>Gets every exercise, set by set (builds every set).</summary>
    public IReadOnlyList<Exercise> All => sets.SelectMany(s => s.Exercises).ToArray();

    /// <summary>Gets the sets, in course order.</summary>
    public IReadOnlyList<IExerciseSet> Sets => sets;

    /// <summary>Gets the notebooks that have exercises.</summary>
    public IReadOnlyList<string> Notebooks => byNotebook.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Gets an exercise by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The exercise.</returns>
    /// <exception cref="InvalidParameterException">No exercise has this id; the message suggests the closest ids.</exception>
    /// <exception cref="Content.Loading.ContentValidationException">The lesson's exercise file has errors; each is listed with file, line and column.</exception>
    public Exercise Get(string id)
    {
        var set = id is null ? null : sets.FirstOrDefault(s => s.Declares(id));
        if (set is not null)
        {
            return set.Exercises.First(e => e.Id == id);
        }

        // An exercise file that cannot be read declares no ids: say why, with its file:line:col, instead of "no such id".
        foreach (var broken in sets.OfType<LessonExerciseSet>().Where(l => l.DeclaredIds.Count == 0))
        {
            _ = broken.Exercises;
        }

        var known = sets.SelectMany(s => s is LessonExerciseSet l ? l.DeclaredIds : s.Exercises.Select(e => e.Id)).ToArray();
        throw new InvalidParameterException(UnknownIdMessage(id, known), nameof(id));
    }

    /// <summary>What to say about an id no exercise has: the id it differs from only in case, else the closest ids, else all.</summary>
    private static string UnknownIdMessage(string? id, IReadOnlyList<string> known)
    {
        var asked = id ?? string.Empty;
        if (known.FirstOrDefault(k => string.Equals(k, asked.Trim(), StringComparison.OrdinalIgnoreCase)) is { } sameLetters)
        {
            return $"No exercise has the id \"{id}\". Did you mean \"{sameLetters}\"? Ids are lower case; copy the id from the lesson's cell above.";
        }

        var close = Content.Loading.Suggestions.Closest(asked.ToLowerInvariant(), known);
        return close.Count > 0
            ? $"No exercise has the id \"{id}\". Did you mean {string.Join(" or ", close.Select(c => $"\"{c}\""))}? Copy the id from the lesson's cell above."
            : $"No exercise has the id \"{id}\". The exercises of this course are: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
    }

    /// <summary>Gets the exercises of one notebook.</summary>
    /// <param name="notebook">The notebook's file name, with or without <c>.dib</c>.</param>
    /// <returns>Its exercises, in order.</returns>
    /// <exception cref="InvalidParameterException">No set belongs to this notebook; the message lists those that exist.</exception>
    public IReadOnlyList<Exercise> ForNotebook(string notebook)
    {
        var name = Path.GetFileNameWithoutExtension(notebook ?? string.Empty);
        return byNotebook.TryGetValue(name, out var set)
            ? set.Exercises
            : throw new InvalidParameterException(
                $"No exercises belong to a notebook called \"{notebook}\". Notebooks with exercises: {string.Join(", ", Notebooks)}.", nameof(notebook));
    }
}

using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB008: exercises are <c>Exercise.Get("id")</c> with a literal id, unique across the course (found by <see cref="ExerciseCalls"/>).</summary>
public sealed class ExerciseIdsRule() : LintRule(new(LintRules.ExerciseIds, "Exercise ids", LintSeverity.Error,
    "Exercises are `Exercise.Get(\"id\")` with a string literal, and ids are unique across the whole course"))
{
    private readonly Dictionary<string, (string File, int Line)> seen = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        foreach (var (line, at) in CodeLines.Of(target.Notebook))
        {
            foreach (var call in ExerciseCalls.In(line))
            {
                if (call.Id is not { } id)
                {
                    report(at, "Exercise.Get(...) must be called with a string literal id, e.g. Exercise.Get(\"binding-kd-1\"), so that ids can be checked.");
                }
                else if (seen.TryGetValue(id, out var first))
                {
                    report(at, $"exercise id \"{id}\" is already used at {first.File}:{first.Line}; ids must be unique across the course.");
                }
                else
                {
                    seen[id] = (target.Notebook.Name, at);
                }
            }
        }
    }
}

using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;
using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>
/// An exercise whose answer is a function the learner writes (a lambda or a local function stored in a
/// <typeparamref name="TFunc"/> variable), checked against the reference function on several inputs,
/// edge cases included.
/// </summary>
/// <typeparam name="TFunc">The function's delegate type, e.g. <c>Func&lt;double, double, double&gt;</c>.</typeparam>
/// <remarks>
/// <para>Each <see cref="CodeCase"/> is one criterion. Numbers are compared within <see cref="Tolerance"/>;
/// quantities registered in <see cref="QuantityKinds"/> in their base unit; anything else with
/// <see cref="object.Equals(object)"/>.</para>
/// <para>Learner mistakes become feedback, never exceptions: a function of the wrong type; an exception
/// (its type and message, no stack trace, and the input that caused it); NaN; a call that does not return
/// within <see cref="TimeLimit"/> (probably an endless loop; later inputs are then skipped). A function that
/// throws <see cref="NotImplementedException"/> (the usual placeholder) counts as not yet attempted. A reference
/// function that throws is the exercise's fault: <see cref="FeedbackStatus.CheckerFault"/>.</para>
/// </remarks>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
internal sealed class CodeExercise<TFunc> : Exercise
    where TFunc : Delegate
{
    private readonly IReadOnlyList<CodeCase> cases = [];
    private readonly TimeSpan timeLimit = TimeSpan.FromSeconds(2);

    /// <summary>Gets the reference function.</summary>
    public required TFunc Reference { get; init; }

    /// <summary>Gets the inputs to compare on.</summary>
    /// <exception cref="InvalidParameterException">On init: there is no case, or a case has the wrong number of arguments.</exception>
    public required IReadOnlyList<CodeCase> Cases
    {
        get => cases;
        init
        {
            var arity = typeof(TFunc).GetMethod("Invoke")!.GetParameters().Length;
            if (value is null || value.Count == 0 || value.Any(c => c.Arguments.Count != arity))
            {
                throw new InvalidParameterException($"Cases must be at least one case, each with {arity} arguments for {TypeNames.Friendly(typeof(TFunc))}.", nameof(Cases));
            }

            cases = value.ToArray();
        }
    }

    /// <summary>Gets how close a number must be to the reference. Default: relative 1e-9, or absolute 1e-12.</summary>
    public Tolerance Tolerance { get; init; } = Tolerance.RelativeOf(1e-9).OrAbsolute(1e-12);

    /// <summary>Gets typical wrong functions with targeted messages: a learner function that agrees with one on every input gets its message.</summary>
    public IReadOnlyList<AnticipatedMistake> Mistakes { get; init; } = [];

    /// <summary>Gets how long one call of the learner's function may take. Default: 2 s. Range: 1 ms to 1 min.</summary>
    /// <exception cref="ParameterOutOfRangeException">On init: outside 1 ms to 1 min.</exception>
    public TimeSpan TimeLimit
    {
        get => timeLimit;
        init => timeLimit = TimeSpan.FromMilliseconds(Preconditions.CheckRange(nameof(TimeLimit), value.TotalMilliseconds, 1, 60_000, "ms"));
    }

    /// <inheritdoc />
    public override ExerciseKind Kind => ExerciseKind.Code;

    /// <inheritdoc />
    public override string HowToAnswer => $"a function of type `{TypeNames.Friendly(typeof(TFunc))}`";

    /// <inheritdoc />
    public override Feedback Evaluate(object? answer)
    {
        if (answer is null)
        {
            return NotAttempted("Replace `null` with your function");
        }

        if (answer is not TFunc learner)
        {
            var problem = $"Your answer is {TypeNames.Describe(answer)}, but this exercise needs a function of type `{TypeNames.Friendly(typeof(TFunc))}`, " +
                          $"for example `{TypeNames.Friendly(typeof(TFunc))} f = ({string.Join(", ", ParameterNames())}) => ...;`.";
            return Feedback(FeedbackStatus.LearnerError, problem) with { Criteria = [new Criterion("Answer is a function of the right type", false, problem)] };
        }

        var criteria = new List<Criterion>(Cases.Count);
        var results = new List<(object?[] Arguments, object? Expected, LearnerOutcome Outcome)>(Cases.Count);
        var mistakes = false;
        var timedOut = false;
        foreach (var @case in Cases)
        {
            var name = CaseName(@case);
            if (timedOut)
            {
                criteria.Add(new Criterion(name, false, "Not tried: your function did not finish on an earlier input."));
                continue;
            }

            var arguments = @case.Arguments.ToArray();
            object? expected;
            try
            {
                expected = Reference.DynamicInvoke(arguments);
            }
            catch (System.Reflection.TargetInvocationException e)
            {
                return ExerciseChecker.Fault(this, e); // the reference failed: the exercise's fault, not the learner's
            }
            var outcome = LearnerCode.Invoke(learner, arguments, TimeLimit);
            if (outcome.Error is NotImplementedException)
            {
                return NotAttempted("Replace the `throw new NotImplementedException()` with your code");
            }

            var (criterion, mistake) = Judge(name, outcome, expected);
            criteria.Add(criterion);
            results.Add((arguments, expected, outcome));
            mistakes |= mistake;
            timedOut |= outcome.TimedOut;
        }

        var passed = criteria.Count(c => c.Passed);
        var status = passed == criteria.Count ? FeedbackStatus.Passed : mistakes ? FeedbackStatus.LearnerError : FeedbackStatus.Failed;
        var summary = status switch
        {
            FeedbackStatus.Passed => $"Your function matches the reference on all {criteria.Count} inputs, edge cases included.",
            FeedbackStatus.LearnerError => $"Your function ran into trouble on some inputs ({passed} of {criteria.Count} right). The details below say where and why.",
            _ => $"Your function gives the expected result on {passed} of {criteria.Count} inputs.",
        };
        if (status == FeedbackStatus.Failed && results.Count == Cases.Count)
        {
            if (MatchingMistake(results) is { } known)
            {
                summary += " " + known.Message;
            }
            else if (CommonPowerOfTen(results) is var slip and not 0)
            {
                summary += $" On every input where it differs, your result is off by the same factor of exactly {Math.Pow(10, Math.Abs(slip)).ToString("N0", CultureInfo.InvariantCulture)} ({(slip > 0 ? "too large" : "too small")}): " +
                           "a unit slip. Check the units of the inputs and of the result (nM vs µM, ms vs s, per hour vs per second) and where you convert between them.";
            }
        }

        return Feedback(status, summary) with
        {
            Criteria = criteria,
            Explanations = status == FeedbackStatus.Passed && SolutionExplanation.Length > 0 ? [SolutionExplanation] : [],
        };
    }

    private AnticipatedMistake? MatchingMistake(List<(object?[] Arguments, object? Expected, LearnerOutcome Outcome)> results)
    {
        foreach (var mistake in Mistakes)
        {
            if (mistake.Value is not Delegate wrong)
            {
                continue;
            }

            var tolerance = mistake.Tolerance ?? Tolerance;
            var all = results.All(r =>
            {
                object? theirs;
                try
                {
                    theirs = wrong.DynamicInvoke(r.Arguments);
                }
                catch (System.Reflection.TargetInvocationException)
                {
                    return false;
                }

                return (r.Outcome.Result, theirs) switch
                {
                    (double a, double b) => tolerance.Accepts(a, b),
                    ({ } a, { } b) when a.GetType() == b.GetType() && QuantityKinds.Find(a.GetType()) is { } kind => tolerance.Accepts(kind.ToBase(a), kind.ToBase(b)),
                    var (a, b) => Equals(a, b),
                };
            });
            if (all)
            {
                return mistake;
            }
        }

        return null;
    }

    private int CommonPowerOfTen(List<(object?[] Arguments, object? Expected, LearnerOutcome Outcome)> results)
    {
        var slips = new HashSet<int>();
        foreach (var (_, expected, outcome) in results)
        {
            double actual, reference;
            switch (outcome.Result, expected)
            {
                case (double a, double e):
                    (actual, reference) = (a, e);
                    break;
                case ({ } a, { } e) when a.GetType() == e.GetType() && QuantityKinds.Find(a.GetType()) is { } kind:
                    (actual, reference) = (kind.ToBase(a), kind.ToBase(e));
                    break;
                default:
                    return 0;
            }

            if (Tolerance.Accepts(actual, reference) && reference == 0)
            {
                continue; // 0 = 0 in any unit
            }

            var slip = QuantityAnswer.PowerOfTenSlip(actual, reference);
            if (slip == 0)
            {
                return 0;
            }

            slips.Add(slip);
        }

        return slips.Count == 1 ? slips.Single() : 0;
    }

    private (Criterion Criterion, bool Mistake) Judge(string name, LearnerOutcome outcome, object? expected)
    {
        if (outcome.TimedOut)
        {
            return (new Criterion(name, false,
                $"Your function did not finish within {TimeLimit.TotalSeconds.ToString("G3", CultureInfo.InvariantCulture)} s, so it probably loops forever " +
                "(check the condition that should end the loop). The lesson goes on; the stuck call keeps running in the background until you restart the kernel."), true);
        }

        if (outcome.Error is { } error)
        {
            return (new Criterion(name, false,
                $"Your function threw {error.GetType().Name}: \"{error.Message}\". {LearnerCode.PlainWords(error)}Look at what your code does with these inputs."), true);
        }

        var actual = outcome.Result;
        if (actual is double d && double.IsNaN(d) && !(expected is double e && double.IsNaN(e)))
        {
            return (new Criterion(name, false,
                "Your function returned NaN (\"not a number\"). That usually comes from 0/0, or from a square root or logarithm of a negative number."), true);
        }

        if (actual is double a && expected is double x)
        {
            return (Tolerance.Accepts(a, x)
                ? new Criterion(name, true, $"returned {Format(a)}, as expected.")
                : new Criterion(name, false, $"expected {Format(x)}, but your function returned {Format(a)}."), false);
        }

        if (actual is not null && expected is not null && actual.GetType() == expected.GetType() && QuantityKinds.Find(actual.GetType()) is { } kind)
        {
            return (Tolerance.Accepts(kind.ToBase(actual), kind.ToBase(expected))
                ? new Criterion(name, true, $"returned {kind.Format(actual)}, as expected.")
                : new Criterion(name, false, $"expected {kind.Format(expected)}, but your function returned {kind.Format(actual)}."), false);
        }

        return Equals(actual, expected)
            ? (new Criterion(name, true, $"returned {Format(actual)}, as expected."), false)
            : (new Criterion(name, false, $"expected {Format(expected)}, but your function returned {Format(actual)}."), false);
    }

    private string CaseName(CodeCase @case)
    {
        var names = ParameterNames();
        var inputs = string.Join(", ", @case.Arguments.Select((a, i) => $"{names[i]} = {Format(a)}"));
        return $"{@case.Description} ({inputs}){(@case.EdgeCase ? ", edge case" : string.Empty)}";
    }

    private string[] ParameterNames()
    {
        var parameters = Reference.Method.GetParameters();
        var arity = typeof(TFunc).GetMethod("Invoke")!.GetParameters().Length;

        // A lambda's method can have an extra closure parameter first; take the last ones.
        return parameters.Skip(parameters.Length - arity).Select((p, i) => string.IsNullOrEmpty(p.Name) ? $"arg{i + 1}" : p.Name!).ToArray();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

using System.Globalization;
using NeuroBalance.Content;
using NeuroBalance.Content.Loading;
using NeuroBalance.Quantities;
using NeuroBalance.Science;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeuroBalance.Exercises;

/// <summary>
/// Reads a lesson's exercise file (YAML) against its schema, with the knowledge base's loader: every
/// problem is reported as <c>file:line:col</c> with its path and, for names, the closest known one.
/// Values that the lesson's code computes are referred to by name and filled in from
/// <see cref="LessonValues"/>, so no answer is typed twice.
/// </summary>
internal static class ExerciseFileReader
{
    private static readonly IReadOnlyDictionary<string, ExerciseKind> Kinds = new Dictionary<string, ExerciseKind>(StringComparer.Ordinal)
    {
        ["numeric"] = ExerciseKind.Numeric,
        ["prediction"] = ExerciseKind.Prediction,
        ["multiple-choice"] = ExerciseKind.MultipleChoice,
        ["code"] = ExerciseKind.Code,
    };

    private static readonly IReadOnlyDictionary<string, Type> Answers = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["number"] = typeof(double),
        ["concentration"] = typeof(Concentration),
        ["duration"] = typeof(Duration),
    };

    /// <summary>The exercise ids a file declares, without building anything (cheap; for finding an id's lesson).</summary>
    public static IReadOnlyList<string> DeclaredIds(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("exercises"), out var list) && list is YamlSequenceNode sequence)
            {
                return sequence.Children.OfType<YamlMappingNode>()
                    .Select(m => m.Children.TryGetValue(new YamlScalarNode("id"), out var id) ? (id as YamlScalarNode)?.Value?.Trim() : null)
                    .OfType<string>().ToArray();
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Reported in full by Read.
        }

        return [];
    }

    /// <summary>Reads and builds every exercise of a file.</summary>
    /// <exception cref="ContentValidationException">The file has problems; each is listed with its location.</exception>
    public static IReadOnlyList<Exercise> Read(string fileName, string text, string lesson, LessonValues values, KnowledgeBase knowledge)
    {
        var errors = new ErrorSink();
        var context = new ContentContext();
        foreach (var reference in knowledge.References)
        {
            context.References[reference.Id] = reference;
        }

        var root = Parse(fileName, text, errors);
        var exercises = new List<Exercise>();
        if (root is not null)
        {
            var reader = new MapReader(root, fileName, string.Empty, errors, context);
            var version = reader.Integer("version", 1, int.MaxValue);
            if (version > 1)
            {
                reader.Error("version", $"schema version {version} is not supported; this library reads version 1.");
            }

            var declared = reader.Text("lesson");
            if (declared.Length > 0 && !string.Equals(declared, lesson, StringComparison.Ordinal))
            {
                reader.Error("lesson", $"this file says it belongs to '{declared}', but it is the exercise file of '{lesson}'.");
            }

            exercises.AddRange(reader.List("exercises", 1, item => ReadExercise(item, lesson, values)).OfType<Exercise>());
            reader.Finish();
            foreach (var twice in exercises.GroupBy(e => e.Id).Where(g => g.Count() > 1))
            {
                errors.AddFileLevel(fileName, $"the exercise id '{twice.Key}' is used {twice.Count()} times; ids must be unique.");
            }
        }

        errors.ThrowIfAny();
        foreach (var exercise in exercises)
        {
            exercise.Notebook = lesson;
        }

        return exercises;
    }

    private static Exercise? ReadExercise(MapReader r, string lesson, LessonValues values)
    {
        var id = r.Id();
        var kind = r.Choice("kind", Kinds, ExerciseKind.Numeric);
        var title = Filled(r, "title", values, required: true);
        var prompt = Filled(r, "prompt", values, required: true);
        var solution = Filled(r, "solution", values, required: true);
        var explanation = Filled(r, "explanation", values, required: false);
        var hints = FilledList(r, "hints", values);
        var sources = r.Context.ReferenceList(r, "sources", 0).Select(s => s.Citation).ToArray();
        var evidence = r.Evidence();
        var prefix = lesson.Split('-')[0].ToLowerInvariant() + "-";
        if (id.Length > 0 && !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            r.Error("id", $"exercise ids of this lesson start with '{prefix}' (the lesson's number), found '{id}'.");
        }

        Exercise? built = kind switch
        {
            ExerciseKind.Numeric or ExerciseKind.Prediction => ReadQuantity(r, kind, values, ReadMistakes(r, kind, values)),
            ExerciseKind.MultipleChoice => ReadChoices(r, values),
            _ => ReadCode(r, values, ReadMistakes(r, kind, values)),
        };
        if (built is null || r.Errors.Errors.Count > 0 || id.Length == 0)
        {
            return null;
        }

        return Complete(built, id, title, prompt, solution, explanation, hints, sources, evidence);
    }

    private static Exercise Complete(Exercise e, string id, string title, string prompt, string solution, string explanation, IReadOnlyList<string> hints, Citation[] sources, EvidenceLevel evidence)
    {
        e.Define(id, title, prompt, solution, explanation, hints, sources, evidence);
        return e;
    }

    private static IReadOnlyList<AnticipatedMistake> ReadMistakes(MapReader r, ExerciseKind kind, LessonValues values) =>
        r.List("mistakes", 0, m =>
        {
            var text = m.Text("value");
            var message = Filled(m, "message", values, required: true);
            Tolerance? tolerance = m.OptionalText("tolerance") is null ? null : ReadTolerance(m, Tolerance.RelativeOf(0.01));
            if (text.Length == 0 || message.Length == 0)
            {
                return null;
            }

            if (kind == ExerciseKind.Code)
            {
                if (!values.HasFunction(text))
                {
                    m.Error("value", $"a mistake of a code exercise names a wrong function of the lesson's code; there is no function called '{text}'{Suggestions.DidYouMean(text, values.Names)}.");
                    return null;
                }

                var function = values.Function(text);
                return new AnticipatedMistake(() => function, message, tolerance);
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return new AnticipatedMistake(() => number, message, tolerance);
            }

            if (!values.HasValue(text))
            {
                m.Error("value", $"'{text}' is neither a number nor a lesson value{Suggestions.DidYouMean(text, values.Names)}; compute the wrong answer in the lesson's code and name it here.");
                return null;
            }

            return new AnticipatedMistake(() => values.Value(text), message, tolerance);
        }).OfType<AnticipatedMistake>().ToArray();

    private static Exercise? ReadQuantity(MapReader r, ExerciseKind kind, LessonValues values, IReadOnlyList<AnticipatedMistake> mistakes)
    {
        var answer = r.Choice("answer", Answers, typeof(double));
        var unit = r.OptionalText("unit") ?? string.Empty;
        if (unit.Length > 0 && (answer != typeof(double) || !QuantityAnswer.TimeUnits.ContainsKey(unit)))
        {
            r.Error("unit", answer != typeof(double)
                ? "'unit' is for 'answer: number' only (the time unit the number is in, so that a Duration is accepted too)."
                : $"'unit' must be one of {string.Join(", ", QuantityAnswer.TimeUnits.Keys)}, found '{unit}'.");
        }

        var name = ValueName(r, "expected", values);
        var tolerance = ReadTolerance(r, kind == ExerciseKind.Numeric ? Tolerance.RelativeOf(0.01) : Tolerance.RelativeOf(0.1));
        var description = kind == ExerciseKind.Prediction ? Filled(r, "model", values, required: true) : null;
        if (name is null || r.Errors.Errors.Count > 0)
        {
            return null;
        }

        object Compute()
        {
            var value = values.Value(name);
            return value.GetType() == answer
                ? value
                : throw new InvalidParameterException(
                    $"The lesson value '{name}' is a {TypeNames.Friendly(value.GetType())}, but the exercise's answer is a {TypeNames.Friendly(answer)}; change 'answer' or the value.", "expected");
        }

        if (answer == typeof(Concentration))
        {
            return kind == ExerciseKind.Numeric
                ? new NumericExercise<Concentration>(QuantityKinds.Concentration, () => (Concentration)Compute()) { Tolerance = tolerance, Mistakes = mistakes }
                : new PredictionExercise<Concentration>(QuantityKinds.Concentration) { Simulation = () => (Concentration)Compute(), SimulationDescription = description!, Tolerance = tolerance, Mistakes = mistakes };
        }

        if (answer == typeof(Duration))
        {
            return kind == ExerciseKind.Numeric
                ? new NumericExercise<Duration>(QuantityKinds.Duration, () => (Duration)Compute()) { Tolerance = tolerance, Mistakes = mistakes }
                : new PredictionExercise<Duration>(QuantityKinds.Duration) { Simulation = () => (Duration)Compute(), SimulationDescription = description!, Tolerance = tolerance, Mistakes = mistakes };
        }

        return kind == ExerciseKind.Numeric
            ? new NumericExercise<double>(QuantityKinds.Number, () => (double)Compute()) { Tolerance = tolerance, Mistakes = mistakes, NumberUnit = unit }
            : new PredictionExercise<double>(QuantityKinds.Number) { Simulation = () => (double)Compute(), SimulationDescription = description!, Tolerance = tolerance, Mistakes = mistakes, NumberUnit = unit };
    }

    private static MultipleChoiceExercise? ReadChoices(MapReader r, LessonValues values)
    {
        var choices = r.List("choices", 2, c => new Choice(Filled(c, "text", values, required: true) is { Length: > 0 } t ? t : "?", c.Flag("correct"), Filled(c, "why", values, required: true) is { Length: > 0 } w ? w : "?"));
        if (choices.Count >= 2 && choices.Count(c => c.IsCorrect) != 1)
        {
            r.Error("choices", $"exactly one choice must have 'correct: true'; found {choices.Count(c => c.IsCorrect)}.");
        }

        return r.Errors.Errors.Count > 0 ? null : new MultipleChoiceExercise { Choices = choices };
    }

    private static Exercise? ReadCode(MapReader r, LessonValues values, IReadOnlyList<AnticipatedMistake> mistakes)
    {
        var name = r.Text("reference");
        if (name.Length > 0 && !values.HasFunction(name))
        {
            r.Error("reference", $"the lesson's code has no function called '{name}'{Suggestions.DidYouMean(name, values.Names)}; add it with values.AddFunction(\"{name}\", …).");
        }

        var tolerance = ReadTolerance(r, Tolerance.RelativeOf(1e-9).OrAbsolute(1e-12));
        var cases = r.List("cases", 1, c => new CodeCase(Filled(c, "label", values, required: true) is { Length: > 0 } label ? label : "?", ReadArguments(c, values)) { EdgeCase = c.Flag("edge") });
        if (r.Errors.Errors.Count > 0)
        {
            return null;
        }

        var function = values.Function(name);
        var arity = function.GetType().GetMethod("Invoke")!.GetParameters().Length;
        if (cases.Any(c => c.Arguments.Count != arity))
        {
            r.Error("cases", $"every case needs {arity} arguments for the function '{name}' ({TypeNames.Friendly(function.GetType())}).");
            return null;
        }

        var factory = typeof(ExerciseFileReader).GetMethod(nameof(CodeFor), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(function.GetType());
        foreach (var wrong in mistakes.Select(m => m.Value).OfType<Delegate>().Where(d => d.GetType() != function.GetType()))
        {
            r.Error("mistakes", $"a wrong function must have the reference's type {TypeNames.Friendly(function.GetType())}, found {TypeNames.Friendly(wrong.GetType())}.");
            return null;
        }

        return (Exercise)factory.Invoke(null, [function, cases, tolerance, mistakes])!;
    }

    private static CodeExercise<TFunc> CodeFor<TFunc>(TFunc reference, IReadOnlyList<CodeCase> cases, Tolerance tolerance, IReadOnlyList<AnticipatedMistake> mistakes)
        where TFunc : Delegate => new() { Reference = reference, Cases = cases, Tolerance = tolerance, Mistakes = mistakes };

    private static object?[] ReadArguments(MapReader c, LessonValues values)
    {
        var node = c.Node("args");
        if (node is not YamlSequenceNode sequence)
        {
            c.Error("args", "'args' must be a list of numbers or lesson value names, like [200, 0.5, datVmax].");
            return [];
        }

        var arguments = new List<object?>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i] as YamlScalarNode;
            var text = item?.Value?.Trim() ?? string.Empty;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                arguments.Add(number);
            }
            else if (values.HasValue(text))
            {
                arguments.Add(values.Value(text));
            }
            else
            {
                c.ErrorAt(sequence.Children[i], $"{c.Child("args")}[{i}]", $"'{text}' is neither a number nor a lesson value{Suggestions.DidYouMean(text, values.Names)}.");
            }
        }

        return arguments.ToArray();
    }

    private static Tolerance ReadTolerance(MapReader r, Tolerance fallback)
    {
        var text = r.OptionalText("tolerance");
        if (text is null)
        {
            return fallback;
        }

        var relative = text.EndsWith('%');
        var digits = text.TrimEnd('%').TrimStart('±').Trim();
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && double.IsFinite(amount) && amount >= 0)
        {
            return relative ? Tolerance.RelativeOf(amount / 100) : Tolerance.AbsoluteOf(amount);
        }

        r.Error("tolerance", $"'tolerance' must be a percentage such as 3% (relative) or a number such as 0.05 (absolute, in the answer's unit), found '{text}'.");
        return fallback;
    }

    private static string? ValueName(MapReader r, string key, LessonValues values)
    {
        var name = r.Text(key);
        if (name.Length > 0 && !values.HasValue(name))
        {
            r.Error(key, $"the lesson's code has no value called '{name}'{Suggestions.DidYouMean(name, values.Names)}; add it with values.Add(\"{name}\", () => …).");
            return null;
        }

        return name.Length > 0 ? name : null;
    }

    private static string Filled(MapReader r, string key, LessonValues values, bool required)
    {
        var text = required ? r.Text(key) : r.OptionalText(key) ?? string.Empty;
        return Fill(r, key, r.Node(key), text, values);
    }

    private static IReadOnlyList<string> FilledList(MapReader r, string key, LessonValues values)
    {
        var node = r.Node(key) as YamlSequenceNode;
        var texts = r.TextList(key, 1);
        return texts.Select((t, i) => Fill(r, $"{key}[{i}]", node?.Children.ElementAtOrDefault(i), t, values)).ToArray();
    }

    private static string Fill(MapReader r, string path, YamlNode? at, string text, LessonValues values)
    {
        var missing = TextTemplate.Placeholders(text).Where(p => !values.HasValue(p.Name)).ToArray();
        foreach (var (name, _) in missing)
        {
            var message = $"the placeholder {{{name}}} names no lesson value{Suggestions.DidYouMean(name, values.Names)}; add it in the lesson's code, or write {{{{ for a literal brace.";
            if (at is null)
            {
                r.Error(path, message);
            }
            else
            {
                r.ErrorAt(at, r.Child(path), message);
            }
        }

        if (missing.Length > 0)
        {
            return text;
        }

        try
        {
            return TextTemplate.Fill(text, values);
        }
        catch (Exception e) when (e is FormatException or InvalidParameterException or ParameterOutOfRangeException or ArithmeticException)
        {
            var message = $"a placeholder could not be filled: {e.Message}";
            if (at is null)
            {
                r.Error(path, message);
            }
            else
            {
                r.ErrorAt(at, r.Child(path), message);
            }

            return text;
        }
    }

    private static YamlMappingNode? Parse(string fileName, string text, ErrorSink errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(fileName, e.Start, string.Empty, "not valid YAML: " + (e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some malformed plain scalars (e.g. "[a] b" inside a flow list).
            errors.AddFileLevel(fileName, "not valid YAML: a value could not be read; quote texts that contain [ ] { } : or #, e.g. \"Use [L] / ([L] + Kd).\"");
            return null;
        }

        if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
        {
            return root;
        }

        errors.AddFileLevel(fileName, "an exercise file is one mapping with 'version: 1', 'lesson:' and an 'exercises:' list.");
        return null;
    }
}

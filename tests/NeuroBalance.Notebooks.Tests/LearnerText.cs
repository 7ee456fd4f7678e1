using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NeuroBalance.Course.Running;
using NeuroBalance.Exercises;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// What a learner reads in a notebook run (markdown, text outputs, tables, chart legends, titles and
/// captions, without the numbers inside chart data), and the numbers in it, matched to an exercise's
/// expected value in the usual formats and units.
/// </summary>
internal static partial class LearnerText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The readable text of one cell: its markdown, or the text of its outputs.</summary>
    internal static IEnumerable<string> Of(CellResult cell)
    {
        if (cell.Cell.IsMarkdown)
        {
            yield return cell.Cell.Text;
            yield break;
        }

        // One displayed value comes as text/html and text/plain; a learner sees the HTML when there is one.
        foreach (var group in cell.Outputs.GroupBy(o => (o.Kind, o.Event)))
        {
            var html = group.FirstOrDefault(o => o.IsHtml);
            if (html is null)
            {
                foreach (var o in group)
                {
                    yield return o.Value;
                }

                continue;
            }

            foreach (var text in OfHtml(html.Value))
            {
                yield return text;
            }
        }
    }

    /// <summary>The readable text of an HTML output: visible text, and the labels of any chart in it.</summary>
    internal static IEnumerable<string> OfHtml(string html)
    {
        var document = Parser.ParseDocument(html);
        var scripts = document.QuerySelectorAll("script, style").ToArray();
        var labels = scripts.SelectMany(s => ChartLabels(s.TextContent)).ToArray();
        foreach (var s in scripts)
        {
            s.Remove();
        }

        yield return document.Body?.TextContent ?? string.Empty;
        foreach (var label in labels)
        {
            yield return label;
        }
    }

    /// <summary>The trace names (legend), titles and annotation texts of a Plotly figure's JSON.</summary>
    internal static IEnumerable<string> ChartLabels(string script) =>
        LabelPattern().Matches(script).Select(m => Regex.Unescape(m.Groups["text"].Value));

    /// <summary>The legend entries (trace names) of a Plotly figure's JSON.</summary>
    internal static IEnumerable<string> LegendNames(string script) =>
        NamePattern().Matches(script).Select(m => Regex.Unescape(m.Groups["text"].Value));

    /// <summary>
    /// The numbers in <paramref name="text"/> that state <paramref name="value"/> (in base unit
    /// <paramref name="baseUnit"/>): rounded as written (1.2, 1.20, "1.11" for 1.11111), in another unit
    /// of the same dimension (810 nM for 0.81 µM) or as a percentage. Numbers with fewer than two
    /// significant digits are ignored: "2" or "0.5" say too little to give an answer away.
    /// </summary>
    internal static IEnumerable<string> Statements(string text, double value, string baseUnit)
    {
        foreach (Match m in NumberPattern().Matches(text))
        {
            var digits = m.Groups["number"].Value;
            var significant = digits.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length;
            if (significant < 2)
            {
                continue;
            }

            var number = double.Parse(digits, CultureInfo.InvariantCulture);
            var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var halfStep = 0.5 * Math.Pow(10, -decimals);
            var unit = m.Groups["unit"].Value.Replace('μ', 'µ').Replace('u', 'µ');
            foreach (var factor in Factors(unit, baseUnit))
            {
                if (Math.Abs(number * factor - value) <= halfStep * Math.Abs(factor) * (1 + 1e-9))
                {
                    yield return m.Value.Trim();
                    break;
                }
            }
        }
    }

    /// <summary>The factors that turn a number written in <paramref name="unit"/> into <paramref name="baseUnit"/>.</summary>
    private static IEnumerable<double> Factors(string unit, string baseUnit)
    {
        var concentration = new Dictionary<string, double>(StringComparer.Ordinal) { ["pM"] = 1e-12, ["nM"] = 1e-9, ["µM"] = 1e-6, ["mM"] = 1e-3, ["M"] = 1 };
        var time = new Dictionary<string, double>(StringComparer.Ordinal) { ["ms"] = 1e-3, ["s"] = 1, ["min"] = 60, ["h"] = 3600 };
        foreach (var dimension in new[] { concentration, time })
        {
            if (dimension.TryGetValue(baseUnit, out var b))
            {
                if (dimension.TryGetValue(unit, out var u))
                {
                    yield return u / b;
                }
                else if (unit.Length == 0)
                {
                    // A bare number next to a concentration answer is read in the answer's base unit.
                    yield return 1;
                }

                yield break;
            }
        }

        if (baseUnit.Length == 0)
        {
            yield return 1;
            if (unit == "%")
            {
                yield return 0.01;
            }
        }
    }

    /// <summary>The value an exercise asks for, in its quantity's base unit; null for exercises without a number (choice, code).</summary>
    internal static (double Value, string BaseUnit, string Formatted)? ExpectedValue(Exercise exercise)
    {
        var type = exercise.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        object? answer = definition == typeof(NumericExercise<>)
            ? type.GetProperty(nameof(NumericExercise<double>.Expected))!.GetValue(exercise)
            : definition == typeof(PredictionExercise<>)
                ? ((Delegate)type.GetProperty(nameof(PredictionExercise<double>.Simulation))!.GetValue(exercise)!).DynamicInvoke()
                : null;
        if (answer is null)
        {
            return null;
        }

        var kind = (IQuantityKind)type.GetProperty("Quantity", BindingFlags.Public | BindingFlags.Instance)!.GetValue(exercise)!;
        var format = kind.GetType().GetMethod("Format")!;
        return (kind.ToBase(answer), kind.BaseUnit, (string)format.Invoke(kind, [answer])!);
    }

    /// <summary>
    /// The compound code names (PascalCase members of the library's public enums, e.g. <c>Tph2Expression</c>)
    /// that must not reach a learner in place of human words. One-word members ("Low", "High") are English.
    /// </summary>
    internal static IReadOnlySet<string> EnumCodeNames { get; } =
        typeof(Exercise).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum)
            .SelectMany(Enum.GetNames)
            .Where(n => CompoundName().IsMatch(n))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The code names in a text, as whole words; a member access in code (<c>EvokedReleaseDecay.HalfTime(…)</c>) is code, not a label.</summary>
    internal static IEnumerable<string> CodeNamesIn(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Where(EnumCodeNames.Contains).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w.\-/:])(?<number>\d+(?:\.\d+)?)(?![\d]|\.\d|\w|-\d)(?:\s?(?<unit>%|pM|nM|µM|μM|uM|mM|M|ms|s|min|h)(?!\w))?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"""(?:name|text)"":""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"""name"":""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex CompoundName();

    [GeneratedRegex(@"(?<![\w.])\w+(?![\w.(])")]
    private static partial Regex WordPattern();
}

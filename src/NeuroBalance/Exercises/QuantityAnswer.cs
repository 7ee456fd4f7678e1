using System.Globalization;
using NeuroBalance.Quantities;

namespace NeuroBalance.Exercises;

/// <summary>
/// Reads a learner's answer as a quantity of the expected kind and compares it with the reference,
/// for <see cref="NumericExercise{T}"/> and <see cref="PredictionExercise{T}"/>.
/// </summary>
internal static class QuantityAnswer
{
    /// <summary>The time units a plain-number answer can be declared in, so that a <see cref="Duration"/> is accepted too.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<Duration, double>> TimeUnits = new Dictionary<string, Func<Duration, double>>(StringComparer.Ordinal)
    {
        ["ms"] = d => d.Milliseconds,
        ["s"] = d => d.Seconds,
        ["min"] = d => d.Minutes,
        ["h"] = d => d.Hours,
        ["days"] = d => d.Days,
        ["weeks"] = d => d.Weeks,
    };

    /// <summary>Reads the answer in the kind's base unit, or says, for a learner, why it cannot.</summary>
    /// <param name="kind">The kind asked for.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="numberUnit">For a plain-number answer, the time unit the number is in (e.g. "ms"), so that a <see cref="Duration"/> is converted; empty otherwise.</param>
    /// <param name="value">The answer in the base unit.</param>
    /// <param name="formatted">The answer as the learner reads it.</param>
    /// <param name="problem">Why it cannot be read.</param>
    internal static bool TryRead(IQuantityKind kind, object answer, string numberUnit, out double value, out string formatted, out string problem)
    {
        value = double.NaN;
        formatted = string.Empty;
        problem = string.Empty;
        var isPlainNumber = answer is double or float or int or long or short or decimal;
        if (answer is Duration duration && kind.ValueType == typeof(double) && TimeUnits.TryGetValue(numberUnit, out var inUnit))
        {
            value = inUnit(duration);
            formatted = duration.ToString();
            return CheckFinite(value, ref problem);
        }

        if (answer.GetType() == kind.ValueType || (isPlainNumber && kind.ValueType == typeof(double)))
        {
            value = answer.GetType() == kind.ValueType ? kind.ToBase(answer) : Convert.ToDouble(answer, CultureInfo.InvariantCulture);
            formatted = answer.GetType() == kind.ValueType ? kind.Format(answer) : value.ToString("G6", CultureInfo.InvariantCulture);
            return CheckFinite(value, ref problem);
        }

        if (answer is string text)
        {
            problem = AboutText(text, kind);
        }
        else if (isPlainNumber)
        {
            problem = $"You gave the bare number {Convert.ToString(answer, CultureInfo.InvariantCulture)}, but a {kind.Name} needs a unit. Write it with its unit, for example `{kind.Example}`.";
        }
        else if (QuantityKinds.Find(answer.GetType()) is { } other)
        {
            problem = $"You gave a {other.Name} ({other.Format(answer)}), but this question asks for a {kind.Name}, for example `{kind.Example}`.";
        }
        else
        {
            problem = $"Your answer is {TypeNames.Describe(answer)}, but this question asks for a {kind.Name}, for example `{kind.Example}`.";
        }

        return false;
    }

    /// <summary>Explains, in plain words, why text in quotes is not a number or a quantity.</summary>
    private static string AboutText(string text, IQuantityKind kind)
    {
        var trimmed = text.Trim();
        var asked = kind.BaseUnit.Length == 0 ? "a number" : $"a {kind.Name} such as `{kind.Example}`";
        if (trimmed.Contains(',', StringComparison.Ordinal) && !trimmed.Contains('.', StringComparison.Ordinal)
            && double.TryParse(trimmed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var withPoint))
        {
            var fixedNumber = withPoint.ToString("G", CultureInfo.InvariantCulture);
            return $"Your answer is the text \"{text}\" (in quotes, with a decimal comma). C# writes numbers without quotes and with a decimal **point**: use a point, `{fixedNumber}`, not a comma. This question asks for {asked}.";
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return $"Your answer is the text \"{text}\" (a string, because of the quotes), not a number. Remove the quotes: `{number.ToString("G", CultureInfo.InvariantCulture)}`. This question asks for {asked}.";
        }

        return $"Your answer is the text \"{text}\" (a string, in quotes). This question asks for {asked}, written as C# code without quotes.";
    }

    private static bool CheckFinite(double value, ref string problem)
    {
        if (double.IsNaN(value))
        {
            problem = "Your answer is NaN (\"not a number\"). That usually comes from 0/0, or from a calculation on a value that was never set. Check the arithmetic that produced it.";
            return false;
        }

        if (double.IsInfinity(value))
        {
            problem = "Your answer is infinite. That usually comes from dividing by zero. Check the arithmetic that produced it.";
            return false;
        }

        return true;
    }

    /// <summary>The power of ten by which an answer is off (e.g. 3 for ×1000), or 0 when it is not off by an exact power of ten.</summary>
    internal static int PowerOfTenSlip(double actual, double expected)
    {
        if (expected == 0 || actual == 0 || Math.Sign(actual) != Math.Sign(expected) || !double.IsFinite(actual) || !double.IsFinite(expected))
        {
            return 0;
        }

        var log = Math.Log10(actual / expected);
        var power = Math.Round(log);
        return power != 0 && Math.Abs(log - power) < 0.02 && Math.Abs(power) <= 9 ? (int)power : 0;
    }

    /// <summary>Describes an exact power-of-ten slip for a learner.</summary>
    internal static string DescribeSlip(int power, string baseUnit, string numberUnit)
    {
        var factor = Math.Pow(10, Math.Abs(power)).ToString("N0", CultureInfo.InvariantCulture);
        var direction = power > 0 ? "too large" : "too small";
        if (baseUnit.Length > 0)
        {
            return $"it is off by a factor of exactly {factor} ({direction}): the number may be right in a different unit. Check the unit you chose (e.g. nM vs µM, ms vs s).";
        }

        if (numberUnit.Length > 0)
        {
            return $"it is off by a factor of exactly {factor} ({direction}): the number may be right in a different unit. The question asks for {numberUnit}.";
        }

        return Math.Abs(power) == 2
            ? $"it is off by a factor of exactly {factor} ({direction}): did you give a percentage instead of a fraction between 0 and 1?"
            : $"it is off by a factor of exactly {factor} ({direction}): the number may be right in a different unit (e.g. s instead of ms); check the unit the question asks for and the powers of ten.";
    }

    /// <summary>Compares an answer with the reference and says why it matches or how it is off.</summary>
    /// <param name="name">The criterion's name.</param>
    /// <param name="kind">The kind of quantity.</param>
    /// <param name="answer">The answer as given (to spot an integer where a fraction is expected).</param>
    /// <param name="actual">The answer in the base unit.</param>
    /// <param name="formatted">The answer as the learner reads it.</param>
    /// <param name="expected">The reference in the base unit.</param>
    /// <param name="tolerance">The tolerance.</param>
    /// <param name="mistakes">Anticipated mistakes, checked in order.</param>
    /// <param name="numberUnit">The unit a plain-number answer is in; may be empty.</param>
    internal static Criterion Compare(string name, IQuantityKind kind, object? answer, double actual, string formatted, double expected, Tolerance tolerance, IReadOnlyList<AnticipatedMistake> mistakes, string numberUnit)
    {
        var within = tolerance.Describe(kind.BaseUnit.Length > 0 ? kind.BaseUnit : numberUnit);
        if (tolerance.Accepts(actual, expected))
        {
            return new Criterion(name, true, $"{formatted} matches the expected value ({within}).");
        }

        var direction = actual > expected ? "too high" : "too low";
        var why = $"{formatted} is {direction} (accepted: {within} of the expected value).";
        foreach (var mistake in mistakes)
        {
            if (mistake.InBase(kind) is { } wrong && (mistake.Tolerance ?? Tolerance.RelativeOf(0.01).OrAbsolute(1e-12)).Accepts(actual, wrong))
            {
                return new Criterion(name, false, $"{why} {mistake.Message}");
            }
        }

        if (answer is int or long or short && IsNotWhole(expected, tolerance))
        {
            return new Criterion(name, false,
                $"{why} Your answer is a whole number of type `{TypeNames.Friendly(answer.GetType())}`, but the expected value has a fractional part. " +
                "Did integer division drop it? In C#, dividing two whole numbers gives a whole number: `(2 + 4) / (1 + 4)` is `1`, not `1.2`. " +
                "Write at least one number with a decimal point, e.g. `(2.0 + 4) / (1 + 4)`.");
        }

        var slip = PowerOfTenSlip(actual, expected);
        if (slip != 0)
        {
            why += " " + char.ToUpperInvariant(DescribeSlip(slip, kind.BaseUnit, numberUnit)[0]) + DescribeSlip(slip, kind.BaseUnit, numberUnit)[1..];
        }

        return new Criterion(name, false, why);
    }

    /// <summary>The criterion on the answer's kind and unit, consistent with the magnitude check.</summary>
    internal static Criterion KindAndUnit(IQuantityKind kind, double actual, double expected, Tolerance tolerance, string numberUnit)
    {
        var name = $"Answer is a {kind.Name}";
        var slip = tolerance.Accepts(actual, expected) ? 0 : PowerOfTenSlip(actual, expected);
        if (slip != 0)
        {
            return new Criterion(name, false, $"It is a {kind.Name}, but {DescribeSlip(slip, kind.BaseUnit, numberUnit)}");
        }

        return new Criterion(name, true, kind.BaseUnit.Length > 0
            ? $"It is a {kind.Name} (any unit works: values are compared in {kind.BaseUnit})."
            : numberUnit.Length > 0 ? $"It is a number (read as {numberUnit})." : "It is a number.");
    }

    private static bool IsNotWhole(double expected, Tolerance tolerance) =>
        !tolerance.Accepts(Math.Round(expected), expected);
}

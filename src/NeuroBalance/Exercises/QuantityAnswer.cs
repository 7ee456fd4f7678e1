using System.Globalization;

namespace NeuroBalance.Exercises;

/// <summary>
/// Reads a learner's answer as a quantity of the expected kind and compares it with the reference,
/// for <see cref="NumericExercise{T}"/> and <see cref="PredictionExercise{T}"/>.
/// </summary>
internal static class QuantityAnswer
{
    /// <summary>Reads the answer in the kind's base unit, or says, for a learner, why it cannot.</summary>
    internal static bool TryRead(IQuantityKind kind, object answer, out double value, out string formatted, out string problem)
    {
        value = double.NaN;
        formatted = string.Empty;
        problem = string.Empty;
        var isPlainNumber = answer is double or float or int or long or short or decimal;
        if (answer.GetType() == kind.ValueType || (isPlainNumber && kind.ValueType == typeof(double)))
        {
            value = answer.GetType() == kind.ValueType ? kind.ToBase(answer) : Convert.ToDouble(answer, CultureInfo.InvariantCulture);
            formatted = answer.GetType() == kind.ValueType ? kind.Format(answer) : value.ToString("G6", CultureInfo.InvariantCulture);
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

        if (isPlainNumber)
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

    /// <summary>Compares an answer with the reference and says why it matches or how it is off.</summary>
    internal static Criterion Compare(string name, IQuantityKind kind, double actual, string formatted, double expected, Tolerance tolerance)
    {
        var within = tolerance.Describe(kind.BaseUnit);
        if (tolerance.Accepts(actual, expected))
        {
            return new Criterion(name, true, $"{formatted} matches the expected value ({within}).");
        }

        var direction = actual > expected ? "too high" : "too low";
        var why = $"{formatted} is {direction} (accepted: {within} of the expected value).";
        if (expected != 0 && actual != 0 && Math.Sign(actual) == Math.Sign(expected))
        {
            var log = Math.Log10(actual / expected);
            var power = Math.Round(log);
            if (power != 0 && Math.Abs(log - power) < 0.02 && Math.Abs(power) <= 9)
            {
                var factor = Math.Pow(10, Math.Abs(power)).ToString("N0", CultureInfo.InvariantCulture);
                why += kind.BaseUnit.Length > 0
                    ? $" It is off by a factor of exactly {factor}: the number may be right in a different unit. Check the unit you chose."
                    : $" It is off by a factor of exactly {factor}: {(Math.Abs(power) == 2 ? "did you give a percentage instead of a fraction between 0 and 1?" : "check the powers of ten.")}";
            }
        }

        return new Criterion(name, false, why);
    }
}

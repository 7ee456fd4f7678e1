using System.Globalization;
using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>
/// The named values and functions that one lesson's code computes for its exercise file: expected
/// answers, model results for predictions, reference functions for code exercises, and every number
/// that a prompt, hint or explanation shows (<c>{name}</c> in the text).
/// </summary>
/// <remarks>
/// A value is computed once, on first use, so a lesson whose model is slow or broken does not slow or
/// break another lesson. Names are case-sensitive words such as <c>datHalfTimeMs</c>.
/// <code>
/// values.Add("datKm", () => Dat.Km)
///       .Add("datHalfTimeMs", () => EvokedReleaseDecay.HalfTime(Dat, Pulse).Milliseconds)
///       .AddFunction("halfTime", (Func&lt;double, double, double, double&gt;)((km, c0, vmax) => …));
/// </code>
/// </remarks>
public sealed class LessonValues
{
    private readonly Dictionary<string, Lazy<object>> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Delegate> functions = new(StringComparer.Ordinal);

    /// <summary>Gets the names of every value and function.</summary>
    public IReadOnlyList<string> Names => values.Keys.Concat(functions.Keys).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Adds a value computed on first use.</summary>
    /// <typeparam name="T">The value's type: a number, a quantity such as <c>Concentration</c>, or any value with a readable <c>ToString()</c>.</typeparam>
    /// <param name="name">The name used in the exercise file.</param>
    /// <param name="compute">Computes the value.</param>
    /// <returns>This, for chaining.</returns>
    /// <exception cref="InvalidParameterException">The name is blank or already used.</exception>
    public LessonValues Add<T>(string name, Func<T> compute)
        where T : notnull
    {
        Preconditions.CheckNotNull(nameof(compute), compute);
        Claim(name);
        values.Add(name, new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
        return this;
    }

    /// <summary>Adds a function, the reference of a code exercise.</summary>
    /// <typeparam name="TFunc">The delegate type the learner writes, e.g. <c>Func&lt;double, double, double&gt;</c>.</typeparam>
    /// <param name="name">The name used in the exercise file.</param>
    /// <param name="function">The reference function.</param>
    /// <returns>This, for chaining.</returns>
    /// <exception cref="InvalidParameterException">The name is blank or already used.</exception>
    public LessonValues AddFunction<TFunc>(string name, TFunc function)
        where TFunc : Delegate
    {
        Preconditions.CheckNotNull(nameof(function), function);
        Claim(name);
        functions.Add(name, function);
        return this;
    }

    /// <summary>Whether a value (not a function) has this name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True if <see cref="Value"/> can compute it.</returns>
    public bool HasValue(string name) => values.ContainsKey(name);

    /// <summary>Whether a function has this name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True if <see cref="Function"/> returns it.</returns>
    public bool HasFunction(string name) => functions.ContainsKey(name);

    /// <summary>Gets a value, computing it on first use.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidParameterException">No value has this name; the message suggests close names.</exception>
    public object Value(string name) => values.TryGetValue(name, out var value)
        ? value.Value
        : throw new InvalidParameterException($"The lesson has no value called '{name}'{Content.Loading.Suggestions.DidYouMean(name, values.Keys)}.", nameof(name));

    /// <summary>Gets a function.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The delegate.</returns>
    /// <exception cref="InvalidParameterException">No function has this name.</exception>
    public Delegate Function(string name) => functions.TryGetValue(name, out var function)
        ? function
        : throw new InvalidParameterException($"The lesson has no function called '{name}'{Content.Loading.Suggestions.DidYouMean(name, functions.Keys)}.", nameof(name));

    /// <summary>Formats a value for text: numbers and quantities in the invariant culture.</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">A .NET format string such as <c>F2</c> or <c>G3</c>, or null for the value's own text.</param>
    /// <returns>The text.</returns>
    public string Format(string name, string? format) => Value(name) switch
    {
        IFormattable formattable when format is not null => formattable.ToString(format, CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(formattable is double or float ? "G4" : null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    private void Claim(string name)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        if (values.ContainsKey(name) || functions.ContainsKey(name))
        {
            throw new InvalidParameterException($"The lesson value name '{name}' is used twice.", nameof(name));
        }
    }
}

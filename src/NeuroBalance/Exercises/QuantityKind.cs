using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>Describes one quantity type to the exercise checker. Immutable.</summary>
/// <typeparam name="T">The quantity's type, e.g. <c>Concentration</c>.</typeparam>
/// <example>
/// A new quantity type is plugged into the current session (a notebook cell, or a test's own session):
/// <code>
/// var seconds = QuantityKinds.Register(new QuantityKind&lt;TimeSpan&gt;("time span", "s", t =&gt; t.TotalSeconds, t =&gt; $"{t.TotalSeconds} s", "TimeSpan.FromSeconds(5)"));
/// </code>
/// </example>
public sealed class QuantityKind<T> : IQuantityKind
    where T : notnull
{
    private readonly Func<T, double> toBase;
    private readonly Func<T, string> format;

    /// <summary>Creates the description.</summary>
    /// <param name="name">The name learners read, e.g. "concentration". Must not be blank.</param>
    /// <param name="baseUnit">The base unit's symbol, e.g. "nM"; empty for plain numbers.</param>
    /// <param name="toBase">Reads a value in the base unit.</param>
    /// <param name="format">Formats a value with a readable unit.</param>
    /// <param name="example">A C# expression that creates a value. Must not be blank.</param>
    /// <exception cref="InvalidParameterException">A text is blank.</exception>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public QuantityKind(string name, string baseUnit, Func<T, double> toBase, Func<T, string> format, string example)
    {
        Name = Preconditions.CheckNotBlank(nameof(name), name);
        BaseUnit = baseUnit ?? throw new ArgumentNullException(nameof(baseUnit));
        this.toBase = Preconditions.CheckNotNull(nameof(toBase), toBase);
        this.format = Preconditions.CheckNotNull(nameof(format), format);
        Example = Preconditions.CheckNotBlank(nameof(example), example);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public Type ValueType => typeof(T);

    /// <inheritdoc />
    public string BaseUnit { get; }

    /// <inheritdoc />
    public string Example { get; }

    /// <summary>Reads a value in the base unit.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number of base units.</returns>
    public double ToBase(T value) => toBase(value);

    /// <summary>Formats a value for learners.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value with a readable unit.</returns>
    public string Format(T value) => format(value);

    /// <inheritdoc />
    double IQuantityKind.ToBase(object value) => toBase((T)value);

    /// <inheritdoc />
    string IQuantityKind.Format(object value) => format((T)value);
}

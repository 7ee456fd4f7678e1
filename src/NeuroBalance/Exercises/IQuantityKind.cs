namespace NeuroBalance.Exercises;

/// <summary>
/// What the exercise checker needs to know about one kind of quantity (concentration, duration,
/// rate, a plain number): its name, its base unit, and how to read a value in that unit.
/// </summary>
/// <remarks>Implemented by <see cref="QuantityKind{T}"/>; registered in <see cref="QuantityKinds"/>.</remarks>
public interface IQuantityKind
{
    /// <summary>Gets the name learners read, e.g. "concentration".</summary>
    string Name { get; }

    /// <summary>Gets the .NET type of the values, e.g. <c>Concentration</c>.</summary>
    Type ValueType { get; }

    /// <summary>Gets the symbol of the base unit that values are compared in, e.g. "nM"; empty for plain numbers.</summary>
    string BaseUnit { get; }

    /// <summary>Gets a C# expression that creates a value, shown to learners who answer with the wrong type, e.g. <c>Concentration.FromMicromolar(2)</c>.</summary>
    string Example { get; }

    /// <summary>Reads a value in the base unit.</summary>
    /// <param name="value">A value of <see cref="ValueType"/>.</param>
    /// <returns>The number of base units.</returns>
    double ToBase(object value);

    /// <summary>Formats a value for learners, with a readable unit.</summary>
    /// <param name="value">A value of <see cref="ValueType"/>.</param>
    /// <returns>For example "810 nM".</returns>
    string Format(object value);
}

using System.Collections.Concurrent;

namespace NeuroBalance.Exercises;

/// <summary>
/// The quantity types one session's exercises accept: the built-in kinds of <see cref="QuantityKinds"/>
/// plus any registered in that session. Owned by <see cref="Hosting.CourseSession.QuantityKinds"/>, so a
/// registration in one session (or test) is not seen by another. Thread-safe.
/// </summary>
public sealed class QuantityKindRegistry
{
    private readonly ConcurrentDictionary<Type, IQuantityKind> registered = new();

    /// <summary>Creates a registry holding the built-in kinds (concentration, duration, number).</summary>
    public QuantityKindRegistry()
    {
        foreach (var kind in QuantityKinds.BuiltIn)
        {
            registered[kind.ValueType] = kind;
        }
    }

    /// <summary>Registers a quantity type (or replaces the registration of the same type).</summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="kind">Its description.</param>
    /// <returns><paramref name="kind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public QuantityKind<T> Register<T>(QuantityKind<T> kind)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(kind);
        registered[typeof(T)] = kind;
        return kind;
    }

    /// <summary>Finds the registered kind of a value's type.</summary>
    /// <param name="type">A type, e.g. <c>typeof(Concentration)</c>.</param>
    /// <returns>The kind, or null when the type is not a registered quantity.</returns>
    public IQuantityKind? Find(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return registered.GetValueOrDefault(type);
    }
}

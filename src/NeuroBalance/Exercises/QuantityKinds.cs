using System.Collections.Concurrent;
using System.Globalization;
using NeuroBalance.Quantities;

namespace NeuroBalance.Exercises;

/// <summary>
/// The quantity types that exercises can ask for. <see cref="Concentration"/>, <see cref="Duration"/> and plain numbers are
/// built in; another quantity type is added with <see cref="Register{T}"/>, after which numeric and
/// prediction exercises accept it and recognise it when a learner answers with it by mistake.
/// </summary>
public static class QuantityKinds
{
    private static readonly ConcurrentDictionary<Type, IQuantityKind> Registered = new();

    /// <summary>Gets the concentration kind: compared in nM, so 2 µM equals 2000 nM.</summary>
    public static QuantityKind<Concentration> Concentration { get; } = Register(new QuantityKind<Concentration>(
        "concentration", "nM", c => c.Nanomolar, c => c.ToString(), "Concentration.FromMicromolar(2)"));

    /// <summary>Gets the duration kind: compared in seconds, so 62 ms equals 0.062 s (what the library returns, e.g. a half-time).</summary>
    public static QuantityKind<Duration> Duration { get; } = Register(new QuantityKind<Duration>(
        "duration", "s", d => d.Seconds, d => d.ToString(), "Duration.FromMilliseconds(62)"));

    /// <summary>Gets the kind for a dimensionless number, such as a fraction of sites occupied.</summary>
    public static QuantityKind<double> Number { get; } = Register(new QuantityKind<double>(
        "number", string.Empty, x => x, x => x.ToString("G4", CultureInfo.InvariantCulture), "0.5"));

    /// <summary>Registers a quantity type (or replaces the registration of the same type).</summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="kind">Its description.</param>
    /// <returns><paramref name="kind"/>, so that it can initialise a static field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static QuantityKind<T> Register<T>(QuantityKind<T> kind)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(kind);
        Registered[typeof(T)] = kind;
        return kind;
    }

    /// <summary>Finds the registered kind of a value's type.</summary>
    /// <param name="type">A type, e.g. <c>typeof(Concentration)</c>.</param>
    /// <returns>The kind, or null when the type is not a registered quantity.</returns>
    public static IQuantityKind? Find(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Registered.GetValueOrDefault(type);
    }
}

using System.Globalization;
using NeuroBalance.Quantities;

namespace NeuroBalance.Exercises;

/// <summary>
/// The quantity types that exercises can ask for. <see cref="Concentration"/>, <see cref="Duration"/> and plain numbers are
/// built in; another quantity type is added with <see cref="Register{T}"/>, after which numeric and
/// prediction exercises accept it and recognise it when a learner answers with it by mistake.
/// </summary>
/// <remarks>
/// The built-in kinds are immutable values. <see cref="Register{T}"/> and <see cref="Find"/> are facades over the
/// current session's registry (<see cref="Hosting.CourseSession.QuantityKinds"/>), so a registration lasts as long
/// as the kernel session and a test's registration stays in its own session.
/// </remarks>
internal static class QuantityKinds
{
    /// <summary>Gets the concentration kind: compared in nM, so 2 µM equals 2000 nM.</summary>
    public static QuantityKind<Concentration> Concentration { get; } = new(
        "concentration", "nM", c => c.Nanomolar, c => c.ToString(), "Concentration.FromMicromolar(2)");

    /// <summary>Gets the duration kind: compared in seconds, so 62 ms equals 0.062 s (what the library returns, e.g. a half-time).</summary>
    public static QuantityKind<Duration> Duration { get; } = new(
        "duration", "s", d => d.Seconds, d => d.ToString(), "Duration.FromMilliseconds(62)");

    /// <summary>Gets the kind for a dimensionless number, such as a fraction of sites occupied.</summary>
    public static QuantityKind<double> Number { get; } = new(
        "number", string.Empty, x => x, x => x.ToString("G4", CultureInfo.InvariantCulture), "0.5");

    /// <summary>Gets the built-in kinds, which every session's registry starts with.</summary>
    public static IReadOnlyList<IQuantityKind> BuiltIn { get; } = [Concentration, Duration, Number];

    /// <summary>Registers a quantity type in the current session (or replaces the registration of the same type).</summary>
    /// <typeparam name="T">The quantity type.</typeparam>
    /// <param name="kind">Its description.</param>
    /// <returns><paramref name="kind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static QuantityKind<T> Register<T>(QuantityKind<T> kind)
        where T : notnull => Hosting.CourseSession.Current.QuantityKinds.Register(kind);

    /// <summary>Finds the kind of a value's type registered in the current session.</summary>
    /// <param name="type">A type, e.g. <c>typeof(Concentration)</c>.</param>
    /// <returns>The kind, or null when the type is not a registered quantity.</returns>
    public static IQuantityKind? Find(Type type) => Hosting.CourseSession.Current.QuantityKinds.Find(type);
}

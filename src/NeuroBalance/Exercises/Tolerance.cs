using System.Globalization;
using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>
/// How close an answer must be to the expected value to count as right: within a relative tolerance
/// of the expected value, or within an absolute tolerance, whichever is larger. Immutable.
/// </summary>
/// <remarks>
/// An answer <c>a</c> matches the expected <c>e</c> when |a − e| ≤ max(<see cref="Absolute"/>,
/// <see cref="Relative"/> · |e|). Both are given in the quantity's base unit (nM for concentrations),
/// so the unit the learner typed does not matter: 2 µM and 2000 nM are the same number of nM.
/// NaN and infinities never match. The default value matches exact answers only.
/// </remarks>
public readonly record struct Tolerance
{
    /// <summary>ε in <see cref="Accepts"/>: a few units of double rounding (2.2e-16), relative to the larger magnitude.</summary>
    private const double RoundingAllowance = 1e-15;

    private Tolerance(double relative, double absolute)
    {
        Relative = relative;
        Absolute = absolute;
    }

    /// <summary>Gets the relative tolerance, a fraction of the expected value (0.02 = ±2%).</summary>
    public double Relative { get; }

    /// <summary>Gets the absolute tolerance, in the quantity's base unit.</summary>
    public double Absolute { get; }

    /// <summary>Creates a relative tolerance.</summary>
    /// <param name="fraction">The allowed difference as a fraction of the expected value. Range: 0 ≤ fraction ≤ 1.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ParameterOutOfRangeException">The fraction is outside [0, 1] or not finite.</exception>
    public static Tolerance RelativeOf(double fraction) =>
        new(Preconditions.CheckRange(nameof(fraction), fraction, 0, 1), 0);

    /// <summary>Creates an absolute tolerance.</summary>
    /// <param name="amount">The allowed difference in the quantity's base unit. Range: amount ≥ 0, finite.</param>
    /// <returns>The tolerance.</returns>
    /// <exception cref="ParameterOutOfRangeException">The amount is negative or not finite.</exception>
    public static Tolerance AbsoluteOf(double amount) =>
        new(0, Preconditions.CheckNonNegative(nameof(amount), amount));

    /// <summary>Returns a tolerance that also accepts answers within <paramref name="amount"/> (base unit).</summary>
    /// <param name="amount">The absolute tolerance. Range: amount ≥ 0, finite.</param>
    /// <returns>The combined tolerance.</returns>
    /// <exception cref="ParameterOutOfRangeException">The amount is negative or not finite.</exception>
    public Tolerance OrAbsolute(double amount) => new(Relative, Preconditions.CheckNonNegative(nameof(amount), amount));

    /// <summary>Whether <paramref name="actual"/> is close enough to <paramref name="expected"/>.</summary>
    /// <param name="actual">The answer, in the base unit.</param>
    /// <param name="expected">The reference, in the base unit.</param>
    /// <returns>
    /// True when |actual − expected| ≤ max(absolute, relative·|expected|) + ε·max(|actual|, |expected|), with ε = 1e-15
    /// a rounding allowance so that an answer exactly on the boundary is accepted on both sides; false for NaN or infinities.
    /// </returns>
    public bool Accepts(double actual, double expected) =>
        double.IsFinite(actual) && double.IsFinite(expected) &&
        Math.Abs(actual - expected) <= Math.Max(Absolute, Relative * Math.Abs(expected)) + (RoundingAllowance * Math.Max(Math.Abs(actual), Math.Abs(expected)));

    /// <summary>Describes the tolerance for learners, e.g. "within ±2%" or "within ±0.05".</summary>
    /// <param name="unit">The base unit's symbol, appended to an absolute tolerance; may be empty.</param>
    /// <returns>The description.</returns>
    public string Describe(string unit)
    {
        var parts = new List<string>(2);
        if (Relative > 0)
        {
            parts.Add("±" + (Relative * 100).ToString("G3", CultureInfo.InvariantCulture) + "%");
        }

        if (Absolute > 0)
        {
            parts.Add("±" + Absolute.ToString("G3", CultureInfo.InvariantCulture) + (unit.Length > 0 ? " " + unit : string.Empty));
        }

        return parts.Count == 0 ? "exactly" : "within " + string.Join(" or ", parts);
    }
}

using NeuroBalance.Internal;

namespace NeuroBalance.Models.Homeostasis;

/// <summary>
/// A sustained change to a <see cref="SetPointFeedback"/> system: production and clearance each
/// scaled by a factor, starting at time 0. Immutable.
/// </summary>
/// <remarks>
/// <para>Production factor p multiplies the basal production P₀ (p = 2: twice as much is made);
/// clearance factor s multiplies the basal clearance rate k₀ (s = 0.5: clearance halved, as when a
/// transporter is half blocked). <see cref="None"/> (p = s = 1) leaves the system at its set point.</para>
/// <para>The default value is not meaningful (s = 0 is not allowed); use <see cref="None"/> or a factory.</para>
/// </remarks>
public sealed record Disturbance
{
    /// <summary>The largest factor accepted for production or clearance.</summary>
    public const double MaxFactor = 100;

    /// <summary>The smallest clearance factor accepted: clearance cannot stop completely.</summary>
    public const double MinClearanceFactor = 0.01;

    private Disturbance(double productionFactor, double clearanceFactor)
    {
        ProductionFactor = productionFactor;
        ClearanceFactor = clearanceFactor;
    }

    /// <summary>Gets no disturbance: p = 1, s = 1.</summary>
    public static Disturbance None { get; } = new(1, 1);

    /// <summary>Gets the production factor p (dimensionless). Range: 0 ≤ p ≤ 100.</summary>
    public double ProductionFactor { get; }

    /// <summary>Gets the clearance factor s (dimensionless). Range: 0.01 ≤ s ≤ 100.</summary>
    public double ClearanceFactor { get; }

    /// <summary>Production and clearance both scaled.</summary>
    /// <param name="productionFactor">p, multiplying basal production. Range: 0 ≤ p ≤ 100.</param>
    /// <param name="clearanceFactor">s, multiplying the basal clearance rate. Range: 0.01 ≤ s ≤ 100.</param>
    /// <returns>The disturbance.</returns>
    /// <exception cref="ParameterOutOfRangeException">A factor is outside its range or not finite.</exception>
    public static Disturbance Of(double productionFactor, double clearanceFactor) => new(
        Preconditions.CheckRange(nameof(productionFactor), productionFactor, 0, MaxFactor),
        Preconditions.CheckRange(nameof(clearanceFactor), clearanceFactor, MinClearanceFactor, MaxFactor));

    /// <summary>Production scaled by <paramref name="factor"/>, clearance unchanged (a production step).</summary>
    /// <param name="factor">p. Range: 0 ≤ p ≤ 100.</param>
    /// <returns>The disturbance.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="factor"/> is outside its range or not finite.</exception>
    public static Disturbance ProductionScaled(double factor) =>
        new(Preconditions.CheckRange(nameof(factor), factor, 0, MaxFactor), 1);

    /// <summary>Clearance scaled by <paramref name="factor"/>, production unchanged (e.g. 0.5: clearance halved).</summary>
    /// <param name="factor">s. Range: 0.01 ≤ s ≤ 100.</param>
    /// <returns>The disturbance.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="factor"/> is outside its range or not finite.</exception>
    public static Disturbance ClearanceScaled(double factor) =>
        new(1, Preconditions.CheckRange(nameof(factor), factor, MinClearanceFactor, MaxFactor));

    /// <summary>A short description, e.g. "clearance × 0.5".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (ProductionFactor, ClearanceFactor) switch
    {
        (1, 1) => "no disturbance",
        (var p, 1) => FormattableString.Invariant($"production × {Preconditions.Format(p)}"),
        (1, var s) => FormattableString.Invariant($"clearance × {Preconditions.Format(s)}"),
        var (p, s) => FormattableString.Invariant($"production × {Preconditions.Format(p)}, clearance × {Preconditions.Format(s)}"),
    };
}

using NeuroBalance.Internal;

namespace NeuroBalance.Models.Hormones;

/// <summary>
/// Hormone levels relative to a reference adult level (1 = reference; 0 = absent, e.g. after
/// ovariectomy or thyroidectomy). Immutable. The numbers in the ready scenarios are illustrative.
/// </summary>
public sealed record HormoneState
{
    /// <summary>The highest relative level accepted (late pregnancy estradiol is tens of times the cycle average).</summary>
    public const double MaxLevel = 100;

    /// <summary>Creates a hormone state.</summary>
    /// <param name="estradiol">Relative estradiol. Range: 0 to 100.</param>
    /// <param name="progesterone">Relative progesterone. Range: 0 to 100.</param>
    /// <param name="allopregnanolone">Relative allopregnanolone. Range: 0 to 100.</param>
    /// <param name="testosterone">Relative testosterone. Range: 0 to 100.</param>
    /// <param name="t3">Relative T3. Range: 0 to 100.</param>
    /// <exception cref="ParameterOutOfRangeException">A level is outside [0, 100].</exception>
    public HormoneState(double estradiol = 1, double progesterone = 1, double allopregnanolone = 1, double testosterone = 1, double t3 = 1)
    {
        Estradiol = Preconditions.CheckRange(nameof(estradiol), estradiol, 0, MaxLevel);
        Progesterone = Preconditions.CheckRange(nameof(progesterone), progesterone, 0, MaxLevel);
        Allopregnanolone = Preconditions.CheckRange(nameof(allopregnanolone), allopregnanolone, 0, MaxLevel);
        Testosterone = Preconditions.CheckRange(nameof(testosterone), testosterone, 0, MaxLevel);
        T3 = Preconditions.CheckRange(nameof(t3), t3, 0, MaxLevel);
    }

    /// <summary>Gets the reference state: every hormone at 1.</summary>
    public static HormoneState Reference { get; } = new();

    /// <summary>Gets the relative estradiol level.</summary>
    public double Estradiol { get; }

    /// <summary>Gets the relative progesterone level.</summary>
    public double Progesterone { get; }

    /// <summary>Gets the relative allopregnanolone level.</summary>
    public double Allopregnanolone { get; }

    /// <summary>Gets the relative testosterone level.</summary>
    public double Testosterone { get; }

    /// <summary>Gets the relative T3 level.</summary>
    public double T3 { get; }

    /// <summary>The relative level of one hormone.</summary>
    /// <param name="hormone">The hormone.</param>
    /// <returns>Its relative level.</returns>
    public double Level(Hormone hormone) => hormone switch
    {
        Hormone.Estradiol => Estradiol,
        Hormone.Progesterone => Progesterone,
        Hormone.Allopregnanolone => Allopregnanolone,
        Hormone.Testosterone => Testosterone,
        Hormone.T3 => T3,
        _ => throw new InvalidParameterException(FormattableString.Invariant($"Unknown hormone {hormone}. Known: {string.Join(", ", Enum.GetNames<Hormone>())}."), nameof(hormone)),
    };

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"estradiol ×{Estradiol:G3}, progesterone ×{Progesterone:G3}, allopregnanolone ×{Allopregnanolone:G3}, testosterone ×{Testosterone:G3}, T3 ×{T3:G3}");
}

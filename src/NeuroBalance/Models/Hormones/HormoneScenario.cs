using NeuroBalance.Internal;

namespace NeuroBalance.Models.Hormones;

/// <summary>A named hormone state with a short explanation. The relative levels are illustrative.</summary>
/// <param name="Name">The scenario name.</param>
/// <param name="Description">What it represents, in one or two sentences.</param>
/// <param name="State">The hormone levels.</param>
public sealed record HormoneScenario(string Name, string Description, HormoneState State)
{
    /// <summary>Gets the scenario name (not blank).</summary>
    public string Name { get; init; } = Preconditions.CheckNotBlank(nameof(Name), Name);

    /// <summary>Gets what the scenario represents (not blank).</summary>
    public string Description { get; init; } = Preconditions.CheckNotBlank(nameof(Description), Description);

    /// <summary>Gets the hormone levels (not null).</summary>
    public HormoneState State { get; init; } = Preconditions.CheckNotNull(nameof(State), State);

    /// <summary>Gets the reference state.</summary>
    public static HormoneScenario Reference { get; } = new("Reference", "Every hormone at its reference adult level.", HormoneState.Reference);

    /// <summary>Gets the early follicular phase: low estradiol, progesterone and allopregnanolone.</summary>
    public static HormoneScenario EarlyFollicular { get; } = new("Early follicular phase", "Menses to mid-follicular: estradiol, progesterone and allopregnanolone all low.", new(estradiol: 0.4, progesterone: 0.1, allopregnanolone: 0.3));

    /// <summary>Gets the late follicular (pre-ovulatory) phase: estradiol peak.</summary>
    public static HormoneScenario LateFollicular { get; } = new("Late follicular phase", "Just before ovulation: the estradiol peak, progesterone still low.", new(estradiol: 2.5, progesterone: 0.2, allopregnanolone: 0.4));

    /// <summary>Gets the mid-luteal phase: moderate estradiol, high progesterone and allopregnanolone.</summary>
    public static HormoneScenario MidLuteal { get; } = new("Mid-luteal phase", "After ovulation: progesterone and allopregnanolone high, estradiol moderate.", new(estradiol: 1.3, progesterone: 3, allopregnanolone: 2.5));

    /// <summary>Gets late pregnancy: very high estradiol, progesterone and allopregnanolone.</summary>
    public static HormoneScenario LatePregnancy { get; } = new("Late pregnancy", "Placental steroids: estradiol, progesterone and allopregnanolone many times the cycle levels.", new(estradiol: 30, progesterone: 30, allopregnanolone: 10));

    /// <summary>Gets the early postpartum state: estradiol, progesterone and allopregnanolone fall within days of delivery.</summary>
    public static HormoneScenario Postpartum { get; } = new("Early postpartum", "Within days of delivery the placental steroids fall below cycle levels: estradiol withdrawal and the fall in allopregnanolone.", new(estradiol: 0.2, progesterone: 0.1, allopregnanolone: 0.2));

    /// <summary>Gets perimenopause: estradiol withdrawal after erratic cycles.</summary>
    public static HormoneScenario Perimenopause { get; } = new("Perimenopause (estradiol withdrawal)", "Falling and erratic ovarian estradiol; progesterone low as cycles become anovulatory.", new(estradiol: 0.3, progesterone: 0.2, allopregnanolone: 0.3));

    /// <summary>Gets a hypothyroid state: low T3.</summary>
    public static HormoneScenario Hypothyroid { get; } = new("Hypothyroid", "Low thyroid hormone (T3).", new(t3: 0.3));

    /// <summary>Gets T3 augmentation: T3 added on top of a normal level, as in antidepressant augmentation.</summary>
    public static HormoneScenario T3Augmentation { get; } = new("T3 augmentation", "T3 added on top of a normal level, as in antidepressant augmentation (STAR*D; Nierenberg et al. 2006).", new(t3: 1.8));

    /// <summary>Gets every ready scenario, in teaching order.</summary>
    public static IReadOnlyList<HormoneScenario> All { get; } =
        [Reference, EarlyFollicular, LateFollicular, MidLuteal, LatePregnancy, Postpartum, Perimenopause, Hypothyroid, T3Augmentation];

    /// <summary>Finds a ready scenario by name (case-insensitive).</summary>
    /// <param name="name">The scenario name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidParameterException">No scenario has that name.</exception>
    public static HormoneScenario Named(string name)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        return All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidParameterException(FormattableString.Invariant($"There is no hormone scenario named '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}."), nameof(name));
    }
}

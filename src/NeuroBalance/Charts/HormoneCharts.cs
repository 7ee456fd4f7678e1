using NeuroBalance.Internal;
using NeuroBalance.Models.Hormones;

namespace NeuroBalance.Charts;

/// <summary>Learner-facing charts of the hormonal modulation layer.</summary>
public static class HormoneCharts
{
    /// <summary>
    /// The multiplier on every target that <paramref name="hormone"/> acts on, against its relative level
    /// (0 = absent, 1 = reference), with the other hormones at reference. Each target gets its central
    /// estimate; the note in the description says where the literature gives a range.
    /// </summary>
    /// <param name="hormone">The hormone; default estradiol.</param>
    /// <param name="maxLevel">The highest relative level shown. Range: 1.5 to 100. Default 3.</param>
    /// <returns>The figure.</returns>
    public static Figure TargetMultipliers(Hormone hormone = Hormone.Estradiol, double maxLevel = 3)
    {
        Preconditions.CheckRange(nameof(maxLevel), maxLevel, 1.5, 100);
        var effects = HormoneModulation.Effects.Where(e => e.Hormone == hormone).ToArray();
        if (effects.Length == 0)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"No documented effects of {hormone}. Hormones with effects: {string.Join(", ", HormoneModulation.Effects.Select(e => e.Hormone).Distinct())}."), nameof(hormone));
        }

        var levels = Enumerable.Range(0, 61).Select(i => maxLevel * i / 60.0).ToArray();
        var series = effects.Select(e => new Series(
            FormattableString.Invariant($"{e.Target.DisplayName()} ({e.Direction}; ×{e.Low:G2}–{e.High:G2}; {e.Evidence})"),
            levels,
            levels.Select(l => e.MultiplierAt(l))));
        return new Figure(
            FormattableString.Invariant($"Hormone layer: what {hormone} does to its targets"),
            FormattableString.Invariant($"Multiplier on each target of {hormone} as its level goes from absent (0) through reference (1) to {maxLevel:G3}× reference, other hormones at reference. ") +
            "Lines use the central estimate of each documented range; the legend gives the range, direction and evidence level. The shape between the end-points is illustrative.",
            new Axis(FormattableString.Invariant($"{hormone} level"), "× reference"),
            new Axis("Multiplier on the target", "× reference state"),
            series);
    }
}

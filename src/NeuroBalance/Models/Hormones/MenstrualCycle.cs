using NeuroBalance.Internal;

namespace NeuroBalance.Models.Hormones;

/// <summary>
/// An illustrative 28-day menstrual cycle: the hormone state on any cycle day, interpolated between the
/// ready phase scenarios of <see cref="HormoneScenario"/>.
/// </summary>
/// <remarks>
/// <para><b>Model</b>: piecewise-linear interpolation of each relative level between anchor days:
/// day 0 <see cref="HormoneScenario.EarlyFollicular"/> (menses), day 13
/// <see cref="HormoneScenario.LateFollicular"/> (the estradiol peak before ovulation), day 21
/// <see cref="HormoneScenario.MidLuteal"/> (progesterone and allopregnanolone high), and day 28 back to
/// the early follicular state (the late-luteal fall). The day wraps: day 30 is day 2 of the next cycle.</para>
/// <para>The shape is the textbook one (estradiol peaks before ovulation, progesterone after it);
/// the numbers are illustrative relative levels, not measured concentrations, and real cycles vary in
/// length and amplitude between people and from cycle to cycle. Evidence level: illustrative.</para>
/// </remarks>
public static class MenstrualCycle
{
    /// <summary>The cycle length in days: 28 (a convention; real cycles are often 24–35 days).</summary>
    public const double LengthDays = 28;

    /// <summary>Gets the anchor days and their phase scenarios, in cycle order (day 28 equals day 0).</summary>
    public static IReadOnlyList<(double Day, HormoneScenario Phase)> Anchors { get; } =
    [
        (0, HormoneScenario.EarlyFollicular),
        (13, HormoneScenario.LateFollicular),
        (21, HormoneScenario.MidLuteal),
        (LengthDays, HormoneScenario.EarlyFollicular),
    ];

    /// <summary>The hormone state on a cycle day (linear between the anchors; the day wraps every 28 days).</summary>
    /// <param name="day">Day of the cycle, counted from the first day of menses. Range: 0 ≤ day ≤ 1000.</param>
    /// <returns>The interpolated state (testosterone and T3 at reference).</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="day"/> is NaN, infinite or outside [0, 1000].</exception>
    public static HormoneState StateOnDay(double day)
    {
        Preconditions.CheckRange(nameof(day), day, 0, 1000, "days");
        var d = day % LengthDays;
        var i = 0;
        while (i < Anchors.Count - 2 && d >= Anchors[i + 1].Day)
        {
            i++;
        }

        var (d0, a) = Anchors[i];
        var (d1, b) = Anchors[i + 1];
        var w = (d - d0) / (d1 - d0);
        double Mix(Hormone h) => a.State.Level(h) + (w * (b.State.Level(h) - a.State.Level(h)));
        return new HormoneState(Mix(Hormone.Estradiol), Mix(Hormone.Progesterone), Mix(Hormone.Allopregnanolone));
    }

    /// <summary>The name of the phase a cycle day belongs to: the nearest anchor's scenario name (late luteal after day 24.5).</summary>
    /// <param name="day">Day of the cycle. Range: 0 ≤ day ≤ 1000.</param>
    /// <returns>"Early follicular phase", "Late follicular phase", "Mid-luteal phase" or "Late luteal phase".</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="day"/> is out of range.</exception>
    public static string PhaseOnDay(double day)
    {
        Preconditions.CheckRange(nameof(day), day, 0, 1000, "days");
        var d = day % LengthDays;
        return d switch
        {
            < 6.5 => HormoneScenario.EarlyFollicular.Name,
            < 17 => HormoneScenario.LateFollicular.Name,
            < 24.5 => HormoneScenario.MidLuteal.Name,
            _ => "Late luteal phase",
        };
    }
}

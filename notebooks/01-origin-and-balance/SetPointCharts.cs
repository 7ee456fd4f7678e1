using System.Globalization;
using NeuroBalance.Charts;
using NeuroBalance.Models.Homeostasis;

namespace NeuroBalance.Lessons;

/// <summary>
/// Charts of the illustrative set-point feedback model (<see cref="SetPointFeedback"/>): the level after a
/// sustained disturbance with and without negative feedback. Time is in units of the basal clearance time
/// constant 1/k₀ and the level is a multiple of the set point, so the charts hold for any transmitter.
/// Part of lesson 01's unit (<c>notebooks/01-origin-and-balance/</c>).
/// </summary>
public static class SetPointCharts
{
    /// <summary>The fewest points a curve may have.</summary>
    public const int MinPoints = 2;

    /// <summary>The most points a curve may have.</summary>
    public const int MaxPoints = 1000;

    /// <summary>The longest time a chart may show, in units of 1/k₀.</summary>
    public const double MaxDuration = 100;

    /// <summary>The gains of the default slider: no feedback up to G = 16.</summary>
    public static IReadOnlyList<double> DefaultGains { get; } = [0, 0.5, 1, 2, 4, 8, 16];

    private static Axis TimeAxis => new("Time after the change", "multiples of 1/k₀, the basal clearance time constant");

    private static Axis LevelAxis => new("Transmitter level", "multiple of the set point");

    /// <summary>The level after <paramref name="disturbance"/> starts, without feedback and with feedback of gain <paramref name="gain"/>.</summary>
    /// <param name="disturbance">The sustained change, e.g. <c>Disturbance.ClearanceScaled(0.5)</c>.</param>
    /// <param name="gain">The feedback gain G of the feedback curve. Range: 0 ≤ G ≤ 100. Default 4.</param>
    /// <param name="duration">How long to follow, in units of 1/k₀. Range: 0 &lt; duration ≤ 100. Default 5.</param>
    /// <param name="points">Points per curve. Range: 2 ≤ points ≤ 1000. Default 101.</param>
    /// <returns>A figure with three series: no feedback, with feedback, and the set point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    /// <exception cref="ParameterOutOfRangeException">The gain, duration or point count is out of range.</exception>
    public static Figure FeedbackResponse(Disturbance disturbance, double gain = 4, double duration = 5, int points = 101)
    {
        Checks.CheckNotNull(nameof(disturbance), disturbance);
        var feedback = SetPointFeedback.WithGain(gain);
        var times = Times(duration, points);
        var open = SetPointFeedback.NoFeedback;
        return new Figure(
            $"Set-point feedback: the level after {disturbance}",
            $"Transmitter level (1 = set point) after {disturbance} at time 0. Without feedback it settles {Percent(open.SteadyStateDeviation(disturbance))} from the set point; " +
            $"with feedback of gain G = {Checks.Format(gain)} it settles {Percent(feedback.SteadyStateDeviation(disturbance))}, and sooner. Illustrative model, not data.",
            TimeAxis,
            LevelAxis,
            FrameSeries(disturbance, feedback, times));
    }

    /// <summary>The same comparison as <see cref="FeedbackResponse"/>, with a slider over the feedback gain G inside the chart.</summary>
    /// <param name="disturbance">The sustained change.</param>
    /// <param name="gains">The gains, one frame each, in slider order. Range: 2 to 30 gains, each 0 ≤ G ≤ 100. Default <see cref="DefaultGains"/>.</param>
    /// <param name="duration">How long to follow, in units of 1/k₀. Range: 0 &lt; duration ≤ 100. Default 5.</param>
    /// <returns>A slider figure, starting at G = 4 if that gain is in the list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    /// <exception cref="ParameterOutOfRangeException">The number of gains, a gain or the duration is out of range.</exception>
    public static SliderFigure GainSlider(Disturbance disturbance, IEnumerable<double>? gains = null, double duration = 5)
    {
        Checks.CheckNotNull(nameof(disturbance), disturbance);
        var list = (gains ?? DefaultGains).ToArray();
        Checks.CheckRange("gains.Count", list.Length, 2, 30);
        var systems = list.Select(SetPointFeedback.WithGain).ToArray();
        var times = Times(duration, 101);
        var frames = systems.Select(s => new SliderFrame($"G = {Checks.Format(s.Gain)}", FrameSeries(disturbance, s, times)));
        return new SliderFigure(
            $"Set-point feedback: how the gain shapes the response to {disturbance}",
            $"Transmitter level (1 = set point) after {disturbance} at time 0, without feedback and with feedback of the gain chosen on the slider. " +
            "The higher the gain, the smaller and faster the change. Illustrative model, not data.",
            TimeAxis,
            LevelAxis,
            "Feedback gain G (dimensionless)",
            frames,
            Math.Max(0, Array.IndexOf(list, 4.0)));
    }

    /// <summary>The steady-state deviation from the set point against the feedback gain, with the 1/(1 + G) rule for comparison.</summary>
    /// <param name="disturbance">The sustained change.</param>
    /// <param name="maxGain">The largest gain shown. Range: 0 &lt; G ≤ 100. Default 20.</param>
    /// <param name="points">Points per curve. Range: 2 ≤ points ≤ 1000. Default 101.</param>
    /// <returns>A figure with the model's deviation and the open-loop deviation × 1/(1 + G), both in percent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disturbance"/> is null.</exception>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="maxGain"/> or <paramref name="points"/> is out of range.</exception>
    public static Figure DeviationVersusGain(Disturbance disturbance, double maxGain = 20, int points = 101)
    {
        Checks.CheckNotNull(nameof(disturbance), disturbance);
        Checks.CheckRange(nameof(maxGain), maxGain, double.Epsilon, SetPointFeedback.MaxGain);
        Checks.CheckRange(nameof(points), points, MinPoints, MaxPoints);
        var gains = Enumerable.Range(0, points).Select(i => maxGain * i / (points - 1)).ToArray();
        var open = SetPointFeedback.NoFeedback.SteadyStateDeviation(disturbance);
        return new Figure(
            $"Steady-state deviation against feedback gain ({disturbance})",
            $"How far the level settles from the set point after {disturbance}, in percent, as the feedback gain G grows; the dashed curve is the open-loop deviation ({Percent(open)}) × 1/(1 + G). " +
            "For a change in production the two coincide; for a change in clearance the model gives s/(s + G). Illustrative model, not data.",
            new Axis("Feedback gain G", "dimensionless"),
            new Axis("Steady-state deviation from the set point", "%"),
            [
                new Series("Model: (p − s)/(s + G)", gains, gains.Select(g => 100 * SetPointFeedback.WithGain(g).SteadyStateDeviation(disturbance))),
                new Series("Rule of thumb: open-loop deviation × 1/(1 + G)", gains, gains.Select(g => 100 * open * SetPointFeedback.DeviationFactor(g))),
            ]);
    }

    private static double[] Times(double duration, int points)
    {
        Checks.CheckRange(nameof(duration), duration, double.Epsilon, MaxDuration);
        Checks.CheckRange(nameof(points), points, MinPoints, MaxPoints);
        return Enumerable.Range(0, points).Select(i => duration * i / (points - 1)).ToArray();
    }

    private static Series[] FrameSeries(Disturbance disturbance, SetPointFeedback feedback, double[] times) =>
    [
        new("Without feedback (G = 0)", times, times.Select(t => SetPointFeedback.NoFeedback.LevelAt(disturbance, t))),
        new($"With feedback (G = {Checks.Format(feedback.Gain)})", times, times.Select(t => feedback.LevelAt(disturbance, t))),
        new("Set point", times, times.Select(_ => 1.0)),
    ];

    private static string Percent(double deviation) =>
        (deviation >= 0 ? "+" : "−") + Math.Abs(100 * deviation).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Argument checks with the same messages as the core library's (whose helpers are internal to it).</summary>
    private static class Checks
    {
        internal static T CheckNotNull<T>(string paramName, T? value)
            where T : class =>
            value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

        internal static double CheckRange(string paramName, double value, double min, double max)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < min || value > max)
            {
                throw new ParameterOutOfRangeException(
                    paramName,
                    value,
                    $"{paramName} must be a finite number in the range [{Format(min)}, {Format(max)}], but was {Format(value)}.");
            }

            return value;
        }

        internal static string Format(double value) => value switch
        {
            double.MaxValue => "∞",
            double.PositiveInfinity => "+∞",
            double.NegativeInfinity => "-∞",
            _ => value.ToString("G6", CultureInfo.InvariantCulture),
        };
    }
}

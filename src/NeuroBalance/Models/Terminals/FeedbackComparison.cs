using System.Globalization;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// The result of one perturbation run twice, with the autoreceptor feedback on and off: the
/// steady-state value after the change divided by the value before it, for each.
/// </summary>
/// <param name="Perturbation">What was changed, e.g. "TH activity × 2".</param>
/// <param name="Variable">The state variable compared, e.g. "eda".</param>
/// <param name="WithFeedback">After ÷ before, autoreceptors on (1 = unchanged).</param>
/// <param name="WithoutFeedback">After ÷ before, autoreceptors off (1 = unchanged).</param>
public sealed record FeedbackComparison(string Perturbation, string Variable, double WithFeedback, double WithoutFeedback)
{
    /// <summary>
    /// Gets how much of the change the feedback removes, on a log scale:
    /// 1 − ln(with)/ln(without). 0 = no buffering, 1 = the change is cancelled completely; NaN when
    /// the perturbation changes nothing without feedback.
    /// </summary>
    public double Buffering => WithoutFeedback == 1 ? double.NaN : 1 - (Math.Log(WithFeedback) / Math.Log(WithoutFeedback));

    /// <summary>"TH activity × 2: eda × 1.22 with feedback, × 1.37 without (buffering 37%)".</summary>
    /// <returns>The comparison as text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Perturbation}: {Variable} × {WithFeedback:G3} with feedback, × {WithoutFeedback:G3} without (buffering {Buffering * 100:F0}%)");
}

using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// The Schild plot: log<sub>10</sub>(r − 1) against log<sub>10</sub>[B], and a least-squares line through it.
/// </summary>
/// <remarks>
/// For a simple competitive antagonist the points lie on a line of slope 1 that crosses zero at
/// log<sub>10</sub>[B] = log<sub>10</sub> K<sub>B</sub> (see <see cref="CompetitiveAntagonism"/>).
/// Arunlakshana O, Schild HO (1959), <see href="https://doi.org/10.1111/j.1476-5381.1959.tb00928.x"/>.
/// </remarks>
public static class SchildAnalysis
{
    /// <summary>One point of the Schild plot: (log<sub>10</sub>[B] in mol/L, log<sub>10</sub>(r − 1)).</summary>
    /// <param name="antagonist">[B]. Range: &gt; 0.</param>
    /// <param name="doseRatio">r. Range: r &gt; 1, finite.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ParameterOutOfRangeException">[B] is zero or r is not above 1.</exception>
    public static (double LogAntagonistMolar, double LogDoseRatioMinusOne) Point(Concentration antagonist, double doseRatio)
    {
        Preconditions.CheckPositive(nameof(antagonist), antagonist.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(doseRatio), doseRatio, Math.BitIncrement(1.0), double.MaxValue);
        return (Math.Log10(antagonist.Nanomolar * 1e-9), Math.Log10(doseRatio - 1));
    }

    /// <summary>Fits the Schild line by ordinary least squares.</summary>
    /// <param name="measurements">At least two (antagonist concentration, dose ratio) pairs with at least two different concentrations; every [B] &gt; 0 and r &gt; 1.</param>
    /// <returns>The slope, pA<sub>2</sub> and K<sub>B</sub>.</returns>
    /// <exception cref="InvalidParameterException">Fewer than two points, all at one concentration, or a slope that is not positive.</exception>
    /// <exception cref="ParameterOutOfRangeException">A concentration is zero or a dose ratio is not above 1.</exception>
    public static SchildFit Fit(IEnumerable<(Concentration Antagonist, double DoseRatio)> measurements)
    {
        var points = Preconditions.CheckNotNull(nameof(measurements), measurements)
            .Select(m => Point(m.Antagonist, m.DoseRatio))
            .ToArray();
        if (points.Length < 2)
        {
            throw new InvalidParameterException(FormattableString.Invariant($"A Schild fit needs at least two measurements, but {points.Length} was given."), nameof(measurements));
        }

        var meanX = points.Average(p => p.LogAntagonistMolar);
        var meanY = points.Average(p => p.LogDoseRatioMinusOne);
        var sxx = points.Sum(p => (p.LogAntagonistMolar - meanX) * (p.LogAntagonistMolar - meanX));
        if (sxx == 0)
        {
            throw new InvalidParameterException("A Schild fit needs measurements at two or more different antagonist concentrations, but all were at one.", nameof(measurements));
        }

        var slope = points.Sum(p => (p.LogAntagonistMolar - meanX) * (p.LogDoseRatioMinusOne - meanY)) / sxx;
        if (!(slope > 0))
        {
            throw new InvalidParameterException(FormattableString.Invariant($"The Schild slope must be positive (the dose ratio must rise with the antagonist), but the measurements give {Preconditions.Format(slope)}."), nameof(measurements));
        }

        var intercept = meanY - (slope * meanX);
        var pA2 = intercept / slope;
        return new SchildFit(slope, intercept, pA2, Concentration.FromNanomolar(Math.Pow(10, -pA2) * 1e9), points.Length);
    }
}

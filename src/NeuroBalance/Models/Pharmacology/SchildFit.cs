using System.Globalization;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// The straight line through a Schild plot, log<sub>10</sub>(r − 1) = slope·log<sub>10</sub>[B] + intercept
/// ([B] in mol/L), and what it says about the antagonist. Immutable.
/// </summary>
/// <param name="Slope">The Schild slope; 1 for simple competitive antagonism.</param>
/// <param name="Intercept">The intercept of log<sub>10</sub>(r − 1) at log<sub>10</sub>[B] = 0.</param>
/// <param name="PA2">pA<sub>2</sub> = intercept / slope: −log<sub>10</sub> of the antagonist concentration (mol/L) that gives a dose ratio of 2.</param>
/// <param name="Kb">K<sub>B</sub> = 10<sup>−pA2</sup> mol/L, the antagonist's dissociation constant (when the slope is 1).</param>
/// <param name="PointCount">How many (concentration, dose ratio) pairs the line was fitted to.</param>
public sealed record SchildFit(double Slope, double Intercept, double PA2, Concentration Kb, int PointCount)
{
    /// <summary>Whether the slope is within <paramref name="tolerance"/> of 1, as simple competitive antagonism predicts.</summary>
    /// <param name="tolerance">The allowed |slope − 1|. Default 0.1.</param>
    /// <returns>True when |slope − 1| ≤ tolerance.</returns>
    public bool IsConsistentWithCompetition(double tolerance = 0.1) => Math.Abs(Slope - 1) <= tolerance;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Schild slope {Slope:G3}, pA2 {PA2:G4} (K_B = {Kb}), {PointCount} points");
}

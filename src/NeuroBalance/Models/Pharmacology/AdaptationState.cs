using System.Globalization;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>The state of an adapting receptor population. Immutable.</summary>
/// <param name="Density">Receptor density relative to baseline (1 = normal; 0.5 = half the receptors).</param>
/// <param name="Desensitized">The fraction of the receptors that are uncoupled (desensitized), in [0, 1).</param>
public sealed record AdaptationState(double Density, double Desensitized)
{
    /// <summary>Gets the baseline state: normal density, nothing desensitized.</summary>
    public static AdaptationState Baseline { get; } = new(1, 0);

    /// <summary>Gets the functional sensitivity relative to baseline: density × (1 − desensitized fraction).</summary>
    public double Sensitivity => Density * (1 - Desensitized);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"density {Density:G3}, desensitized {Desensitized:P0}, sensitivity {Sensitivity:G3}");
}

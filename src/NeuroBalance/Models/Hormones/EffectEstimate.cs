namespace NeuroBalance.Models.Hormones;

/// <summary>Which end of a documented range to use when the literature gives a range, not one number.</summary>
public enum EffectEstimate
{
    /// <summary>The lower end of the multiplier range.</summary>
    Low,

    /// <summary>The geometric mean of the two ends (illustrative midpoint).</summary>
    Central,

    /// <summary>The upper end of the multiplier range.</summary>
    High,
}

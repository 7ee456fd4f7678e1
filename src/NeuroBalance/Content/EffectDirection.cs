namespace NeuroBalance.Content;

/// <summary>Which way a hormone moves its target.</summary>
public enum EffectDirection
{
    /// <summary>Raises the target (expression, density, activity or release).</summary>
    Increase,

    /// <summary>Lowers the target.</summary>
    Decrease,

    /// <summary>Depends on region, species, dose or time: teach it as such.</summary>
    Mixed,

    /// <summary>No significant change was found.</summary>
    NoChange,
}

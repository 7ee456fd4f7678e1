namespace NeuroBalance.Lessons;

/// <summary>The interventions of the capstone scenario (mechanisms only; no doses).</summary>
public enum Intervention
{
    /// <summary>No intervention: the hormone state alone.</summary>
    None,

    /// <summary>An SSRI: blocks SERT, multiplying extracellular 5-HT by the uptake-block factor b.</summary>
    Ssri,

    /// <summary>T3 augmentation: relative T3 raised by <see cref="CapstoneScenario.T3Increase"/>.</summary>
    T3Augmentation,

    /// <summary>An SSRI with T3 augmentation, both started at the same week.</summary>
    SsriWithT3,
}

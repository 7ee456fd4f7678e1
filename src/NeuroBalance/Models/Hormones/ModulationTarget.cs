namespace NeuroBalance.Models.Hormones;

/// <summary>The model quantities that hormones scale.</summary>
public enum ModulationTarget
{
    /// <summary>TPH2 expression: the serotonin terminal's Vmax_TPH.</summary>
    Tph2Expression,

    /// <summary>SERT density: the serotonin terminal's Vmax_SERT.</summary>
    SertDensity,

    /// <summary>5-HT2A receptor density (for the receptor models).</summary>
    Htr2aDensity,

    /// <summary>5-HT1A receptor density (for the receptor models).</summary>
    Htr1aDensity,

    /// <summary>MAO-A activity: the serotonin terminal's Vmax_MAO and the dopamine terminal's kcat_cda.</summary>
    MaoA,

    /// <summary>TH expression: the dopamine terminal's Vmax_TH.</summary>
    ThExpression,

    /// <summary>GABA-A sensitivity: the GABA model's EC50 divisor.</summary>
    GabaASensitivity,
}

namespace NeuroBalance.Content;

/// <summary>
/// What a <see cref="Measurement"/> measures, given as <c>kind</c> in the content files and validated on
/// load together with the unit (see <see cref="Loading.MeasurementNames"/>).
/// </summary>
public enum MeasurementKind
{
    /// <summary>pK<sub>d</sub> = −log<sub>10</sub>(K<sub>d</sub>/M), unit <c>-log M</c>.</summary>
    PKd,

    /// <summary>pK<sub>i</sub> = −log<sub>10</sub>(K<sub>i</sub>/M), unit <c>-log M</c>.</summary>
    PKi,

    /// <summary>Equilibrium dissociation constant, a concentration.</summary>
    Kd,

    /// <summary>Inhibition constant, a concentration.</summary>
    Ki,

    /// <summary>Michaelis constant, a concentration.</summary>
    Km,

    /// <summary>Half-maximal effective concentration.</summary>
    EC50,

    /// <summary>Half-maximal inhibitory concentration.</summary>
    IC50,

    /// <summary>A Hill slope (dimensionless).</summary>
    HillSlope,

    /// <summary>A concentration (a level, not a constant).</summary>
    Concentration,

    /// <summary>A receptor or transporter occupancy, in percent.</summary>
    Occupancy,

    /// <summary>A share of a population (for example of receptors in one state), in percent.</summary>
    Fraction,

    /// <summary>A half-time.</summary>
    HalfTime,

    /// <summary>A rate (concentration per time).</summary>
    Rate,
}

using NeuroBalance.Content;
using NeuroBalance.Internal;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// The D2-receptor occupancy thresholds that Kapur et al. (2000) found for haloperidol: clinical
/// response became likely above 65% occupancy, prolactin elevation above 72%, extrapyramidal side
/// effects above 78%.
/// </summary>
/// <remarks>
/// <para>Source: Kapur S, Zipursky R, Jones C, Remington G, Houle S (2000) Am J Psychiatry 157:514–520,
/// <see href="https://doi.org/10.1176/appi.ajp.157.4.514"/> (PMID 10739409); [11C]raclopride PET in
/// first-episode patients on haloperidol (evidence: human). The thresholds are where the likelihood
/// of each effect rose significantly, not sharp switches; they were measured for one drug.</para>
/// <para>With mass action, the occupancy θ needs [D] = K·θ/(1 − θ): 65% needs 1.86·K, 78% needs
/// 3.55·K. So the concentration window between response and extrapyramidal risk is only about
/// 1.9-fold (<see cref="WindowRatio"/>), which is why small dose changes matter for D2 antagonists.</para>
/// </remarks>
public static class D2OccupancyThresholds
{
    private const string Note = "haloperidol, first-episode schizophrenia, [11C]raclopride PET; likelihood rose significantly above this occupancy";

    /// <summary>Gets the occupancy above which clinical response became likely: 0.65.</summary>
    public static Sourced<double> Response { get; } = new(0.65, References.Cite("kapur2000"), EvidenceLevel.Human, Note);

    /// <summary>Gets the occupancy above which prolactin elevation became likely: 0.72.</summary>
    public static Sourced<double> ProlactinElevation { get; } = new(0.72, References.Cite("kapur2000"), EvidenceLevel.Human, Note);

    /// <summary>Gets the occupancy above which extrapyramidal side effects became likely: 0.78.</summary>
    public static Sourced<double> ExtrapyramidalEffects { get; } = new(0.78, References.Cite("kapur2000"), EvidenceLevel.Human, Note);

    /// <summary>Gets the concentration ratio [D]<sub>78%</sub>/[D]<sub>65%</sub> under mass action: (0.78/0.22)/(0.65/0.35) ≈ 1.91, whatever the drug's K.</summary>
    public static double WindowRatio =>
        Odds(ExtrapyramidalEffects.Value) / Odds(Response.Value);

    /// <summary>Places an occupancy among the thresholds (a value exactly at a threshold counts as above it).</summary>
    /// <param name="occupancy">θ. Range: 0 ≤ θ ≤ 1.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ParameterOutOfRangeException">θ is outside [0, 1].</exception>
    public static D2OccupancyZone Classify(double occupancy)
    {
        Preconditions.CheckRange(nameof(occupancy), occupancy, 0, 1);
        return occupancy >= ExtrapyramidalEffects.Value ? D2OccupancyZone.ExtrapyramidalRisk
            : occupancy >= ProlactinElevation.Value ? D2OccupancyZone.ResponseWithProlactinRise
            : occupancy >= Response.Value ? D2OccupancyZone.Response
            : D2OccupancyZone.BelowResponseThreshold;
    }

    /// <summary>The free drug concentrations at which a drug with dissociation constant K reaches each threshold (mass action).</summary>
    /// <param name="kd">K, the drug's dissociation constant at D2 in the same units as the exposure you compare with. Range: &gt; 0.</param>
    /// <returns>The concentrations for response, prolactin elevation and extrapyramidal effects, in rising order.</returns>
    public static (Concentration Response, Concentration ProlactinElevation, Concentration ExtrapyramidalEffects) ConcentrationsFor(Concentration kd)
    {
        Preconditions.CheckPositive(nameof(kd), kd.Nanomolar, "nM");
        return (DrugOccupancy.ConcentrationFor(Response.Value, kd),
                DrugOccupancy.ConcentrationFor(ProlactinElevation.Value, kd),
                DrugOccupancy.ConcentrationFor(ExtrapyramidalEffects.Value, kd));
    }

    private static double Odds(double p) => p / (1 - p);
}

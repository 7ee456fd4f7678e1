namespace NeuroBalance.Models.Pharmacology;

/// <summary>Where a D2 occupancy falls among the thresholds of Kapur et al. 2000 (haloperidol, first-episode schizophrenia).</summary>
public enum D2OccupancyZone
{
    /// <summary>Below 65%: clinical response was unlikely.</summary>
    BelowResponseThreshold,

    /// <summary>65% up to 72%: response likely; prolactin rise not yet likely.</summary>
    Response,

    /// <summary>72% up to 78%: response and a likely prolactin rise.</summary>
    ResponseWithProlactinRise,

    /// <summary>Above 78%: extrapyramidal side effects became likely as well.</summary>
    ExtrapyramidalRisk,
}

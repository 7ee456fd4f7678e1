using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>A period of constant receptor stimulation: how long, and how strong relative to baseline. Immutable.</summary>
public sealed record StimulationStep
{
    /// <summary>The strongest stimulation accepted, relative to baseline.</summary>
    public const double MaxStimulation = 1000;

    /// <summary>Creates a step.</summary>
    /// <param name="duration">How long the stimulation lasts. Range: &gt; 0.</param>
    /// <param name="stimulation">Stimulation relative to baseline (1 = normal, 3 = three times, 0 = none). Range: 0 ≤ s ≤ 1000.</param>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range.</exception>
    public StimulationStep(Duration duration, double stimulation)
    {
        Preconditions.CheckPositive(nameof(duration), duration.Seconds, "s");
        Duration = duration;
        Stimulation = Preconditions.CheckRange(nameof(stimulation), stimulation, 0, MaxStimulation);
    }

    /// <summary>Gets how long the stimulation lasts.</summary>
    public Duration Duration { get; }

    /// <summary>Gets the stimulation relative to baseline.</summary>
    public double Stimulation { get; }
}

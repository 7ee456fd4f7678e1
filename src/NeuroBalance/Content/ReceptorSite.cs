namespace NeuroBalance.Content;

/// <summary>Where on the neuron a receptor sits.</summary>
public enum ReceptorSite
{
    /// <summary>On the receiving neuron, under the synapse.</summary>
    Postsynaptic,

    /// <summary>On the releasing terminal.</summary>
    Presynaptic,

    /// <summary>On a neuron that releases the same transmitter, feeding back on its own release, synthesis or firing.</summary>
    Autoreceptor,

    /// <summary>On the terminal of a neuron that releases a different transmitter.</summary>
    Heteroreceptor,

    /// <summary>Outside the synapse, sensing ambient transmitter (tonic signalling).</summary>
    Extrasynaptic,

    /// <summary>On the cell body and dendrites of the releasing neuron (for example 5-HT1A in the raphe).</summary>
    Somatodendritic,
}

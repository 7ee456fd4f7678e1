namespace NeuroBalance.Content;

/// <summary>How deeply the course covers a transmitter.</summary>
public enum Coverage
{
    /// <summary>Covered in full: synthesis, transport, receptors, degradation, functions and hormones (serotonin, dopamine, GABA).</summary>
    Full,

    /// <summary>Covered as context, because balance is relational (glutamate, norepinephrine, acetylcholine).</summary>
    Context,
}

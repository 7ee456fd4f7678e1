namespace NeuroBalance.Content;

/// <summary>The unit of a <see cref="Measurement"/>, given as <c>unit</c> in the content files and validated on load.</summary>
public enum MeasurementUnit
{
    /// <summary>nM.</summary>
    Nanomolar,

    /// <summary>µM.</summary>
    Micromolar,

    /// <summary>mM.</summary>
    Millimolar,

    /// <summary>−log M, the unit of a pK value.</summary>
    NegativeLogMolar,

    /// <summary>%.</summary>
    Percent,

    /// <summary>A pure number (written <c>1</c>).</summary>
    Dimensionless,

    /// <summary>ms.</summary>
    Millisecond,

    /// <summary>s.</summary>
    Second,

    /// <summary>µM/h.</summary>
    MicromolarPerHour,
}

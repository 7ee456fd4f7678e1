namespace NeuroBalance.Charts;

/// <summary>How an axis maps values to positions.</summary>
public enum AxisScale
{
    /// <summary>Equal distances for equal differences.</summary>
    Linear,

    /// <summary>Equal distances for equal ratios (base 10). Every value on the axis must be &gt; 0.</summary>
    Log,
}

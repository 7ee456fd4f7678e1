using NeuroBalance.Internal;

namespace NeuroBalance.Charts;

/// <summary>
/// The colour-blind-safe Okabe–Ito palette, used for every NeuroBalance chart.
/// </summary>
/// <remarks>
/// Okabe M, Ito K. "Color Universal Design (CUD): how to make figures and presentations that are
/// friendly to colorblind people" (2002/2008), <see href="https://jfly.uni-koeln.de/color/"/>;
/// recommended in Wong B. "Points of view: Color blindness." Nat Methods 8, 441 (2011),
/// <see href="https://doi.org/10.1038/nmeth.1618"/>. Black is left out because it is the text colour.
/// </remarks>
internal static class Palette
{
    /// <summary>Gets the colours in the order series use them, as CSS hex strings.</summary>
    public static IReadOnlyList<string> OkabeIto { get; } =
    [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#D55E00", // vermillion
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#F0E442", // yellow
    ];

    /// <summary>Gets the colour for the series at <paramref name="index"/>, cycling through the palette.</summary>
    /// <param name="index">The zero-based series index. Range: index ≥ 0.</param>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string ColorFor(int index)
    {
        Preconditions.CheckRange(nameof(index), index, 0, int.MaxValue);
        return OkabeIto[index % OkabeIto.Count];
    }
}

using NeuroBalance.Science;

namespace NeuroBalance.Content.Loading;

/// <summary>The spelling of each <see cref="EvidenceLevel"/> in the content files and on screen.</summary>
public static class EvidenceNames
{
    /// <summary>Evidence levels by their content-file name: human, primate, rodent, in-vitro, model, illustrative.</summary>
    public static IReadOnlyDictionary<string, EvidenceLevel> ByName { get; } = new Dictionary<string, EvidenceLevel>(StringComparer.Ordinal)
    {
        ["human"] = EvidenceLevel.Human,
        ["primate"] = EvidenceLevel.Primate,
        ["rodent"] = EvidenceLevel.Rodent,
        ["in-vitro"] = EvidenceLevel.InVitro,
        ["model"] = EvidenceLevel.Model,
        ["illustrative"] = EvidenceLevel.Illustrative,
    };

    /// <summary>The display name: "human", "in vitro", …</summary>
    /// <param name="level">The evidence level.</param>
    /// <returns>The lower-case name with a space in "in vitro".</returns>
    public static string Display(EvidenceLevel level) => level == EvidenceLevel.InVitro ? "in vitro" : level.ToString().ToLowerInvariant();
}

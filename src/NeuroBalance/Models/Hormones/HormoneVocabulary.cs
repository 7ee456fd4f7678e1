using System.Text;
using NeuroBalance.Content;

namespace NeuroBalance.Models.Hormones;

/// <summary>
/// One vocabulary for hormones and targets in the models and the knowledge base: a member of
/// <see cref="Hormone"/> or <see cref="ModulationTarget"/> is spelled in <c>hormones.yaml</c> as the
/// kebab-case of its name (<see cref="Hormone.Estradiol"/> → <c>estradiol</c>, <see cref="Hormone.T3"/> →
/// <c>t3</c>, <see cref="ModulationTarget.GabaASensitivity"/> → <c>gaba-a-sensitivity</c>). Tests check
/// that every model hormone has a hormone in the YAML and every model effect names a known hormone and target.
/// </summary>
internal static class HormoneVocabulary
{
    /// <summary>The <c>hormones.yaml</c> id of a model hormone.</summary>
    /// <param name="hormone">The hormone.</param>
    /// <returns>Its id, for example <c>t3</c>.</returns>
    public static string ContentId(Hormone hormone) => KebabCase(hormone.ToString());

    /// <summary>The <c>hormones.yaml</c> spelling of a model target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>Its name, for example <c>tph2-expression</c>.</returns>
    public static string ContentName(ModulationTarget target) => KebabCase(target.ToString());

    /// <summary>The knowledge-base entry (name, summary, documented effects, citations) of a model hormone.</summary>
    /// <param name="hormone">The hormone.</param>
    /// <returns>The entry.</returns>
    public static NeuroBalance.Content.Hormone ContentEntry(Hormone hormone) =>
        KnowledgeBase.Default.Hormones.Single(h => h.Id == ContentId(hormone));

    /// <summary>The model hormone with a <c>hormones.yaml</c> id, if there is one.</summary>
    /// <param name="id">The id.</param>
    /// <param name="hormone">The hormone.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryParseHormone(string id, out Hormone hormone)
    {
        foreach (var h in Enum.GetValues<Hormone>())
        {
            if (ContentId(h) == id)
            {
                hormone = h;
                return true;
            }
        }

        hormone = default;
        return false;
    }

    /// <summary>The model target with a <c>hormones.yaml</c> name, if there is one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="target">The target.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryParseTarget(string name, out ModulationTarget target)
    {
        foreach (var t in Enum.GetValues<ModulationTarget>())
        {
            if (ContentName(t) == name)
            {
                target = t;
                return true;
            }
        }

        target = default;
        return false;
    }

    /// <summary>"GabaASensitivity" → "gaba-a-sensitivity", "Tph2Expression" → "tph2-expression", "T3" → "t3".</summary>
    internal static string KebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordStart = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (wordStart)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}

using NeuroBalance.Internal;

namespace NeuroBalance.Content;

/// <summary>
/// What several transmitters do, side by side: one row per documented function (area, claim, numbered
/// references, evidence level), read from the knowledge base. Shown as a table in a notebook (by <c>ContentHtml</c>, in the display layer).
/// </summary>
/// <param name="Rows">The transmitter and one of its functions, in the order given.</param>
public sealed record FunctionTable(IReadOnlyList<(Transmitter Transmitter, TransmitterFunction Function)> Rows)
{
    /// <summary>The functions of the named transmitters, in the order named.</summary>
    /// <param name="transmitters">Names, abbreviations or aliases, e.g. "serotonin", "DA", "GABA". At least one.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidParameterException">No name is given, or a name is unknown (the message suggests close names).</exception>
    public static FunctionTable For(params string[] transmitters)
    {
        Preconditions.CheckNotNull(nameof(transmitters), transmitters);
        if (transmitters.Length == 0)
        {
            throw new InvalidParameterException("Name at least one transmitter, but none was given.", nameof(transmitters));
        }

        var found = transmitters.Select(t => KnowledgeBase.Current.TransmitterIndex.Find(nameof(transmitters), t));
        return new FunctionTable(found.SelectMany(t => t.Functions.Select(f => (t, f))).ToArray());
    }

    /// <summary>One line per row: "Serotonin · mood: … (sources; evidence)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(Environment.NewLine, Rows.Select(r => FormattableString.Invariant($"{r.Transmitter.Name} · {r.Function.Area}: {r.Function.Claim.Text} ({r.Function.Claim.Sources})")));
}

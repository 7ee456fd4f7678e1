
namespace NeuroBalance.Content;

/// <summary>
/// Every hormone against every transmitter system: each cell lists the documented effects, marked
/// by direction (▲ increase, ▼ decrease, ◆ mixed, ● no change, in colour-blind-safe colours) and
/// evidence level.
/// </summary>
/// <param name="Hormones">The rows.</param>
/// <param name="Transmitters">The columns.</param>
public sealed record HormoneEffectMatrix(IReadOnlyList<Hormone> Hormones, IReadOnlyList<Transmitter> Transmitters)
{
    /// <summary>The effects of one hormone on one transmitter system.</summary>
    /// <param name="hormone">The row.</param>
    /// <param name="transmitter">The column.</param>
    /// <returns>The effects, possibly none.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Read as matrix.Cell(row, column) in the lessons; the matrix defines which rows and columns exist.")]
    public IReadOnlyList<HormoneEffect> Cell(Hormone hormone, Transmitter transmitter) =>
        hormone.Effects.Where(e => e.TransmitterId == transmitter.Id).ToArray();

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(Environment.NewLine, Hormones.SelectMany(h => Transmitters.Select(t => (h, t, n: Cell(h, t).Count)))
            .Where(x => x.n > 0).Select(x => FormattableString.Invariant($"{x.h.Name} × {x.t.Name}: {x.n} effect(s)")));
}

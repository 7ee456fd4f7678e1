
namespace NeuroBalance.Content;

/// <summary>A list of hormone effects, shown as a table; <see cref="Hormones.EffectsOn(string, string)"/> returns one.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Effects">The effects.</param>
public sealed record HormoneEffectTable(string Title, IReadOnlyList<HormoneEffect> Effects)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Title}:{Environment.NewLine}") + string.Join(Environment.NewLine, Effects.Select(e => "  " + e));
}

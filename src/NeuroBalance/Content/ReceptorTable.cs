
namespace NeuroBalance.Content;

/// <summary>A list of receptors, shown in a notebook as a table with family, coupling, sites, roles and ligands.</summary>
/// <param name="Title">The table's title.</param>
/// <param name="Receptors">The receptors, in content order.</param>
public sealed record ReceptorTable(string Title, IReadOnlyList<Receptor> Receptors)
{
    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Title}: {string.Join(", ", Receptors.Select(r => r.Name))}");
}

namespace NeuroBalance.Content;

/// <summary>A representative drug or endogenous molecule that binds a receptor.</summary>
/// <param name="Name">Its name, for example "buspirone".</param>
/// <param name="Action">Agonist, partial agonist, antagonist, positive allosteric modulator, …</param>
/// <param name="Values">Sourced numbers for this ligand at this receptor: affinity (Ki, Kd, pKd, EC50) or clinical occupancy; may be empty.</param>
/// <param name="Sources">References and evidence level for the ligand's action.</param>
public sealed record Ligand(string Name, string Action, IReadOnlyList<Measurement> Values, Sources Sources)
{
    /// <inheritdoc />
    public override string ToString() => Values.Count == 0 ? FormattableString.Invariant($"{Name} ({Action})") : FormattableString.Invariant($"{Name} ({Action}, {string.Join("; ", Values.Select(v => v.Quantity + " " + v.Display))})");
}

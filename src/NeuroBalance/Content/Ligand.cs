namespace NeuroBalance.Content;

/// <summary>A representative drug or endogenous molecule that binds a receptor.</summary>
/// <param name="Name">Its name, for example "buspirone".</param>
/// <param name="Action">Agonist, partial agonist, antagonist, positive allosteric modulator, …</param>
/// <param name="Affinity">Its sourced affinity (Ki, Kd, EC50 or pKi), or null when the course gives none.</param>
/// <param name="Sources">References and evidence level for the ligand's action.</param>
public sealed record Ligand(string Name, string Action, Measurement? Affinity, Sources Sources)
{
    /// <inheritdoc />
    public override string ToString() => Affinity is null ? $"{Name} ({Action})" : $"{Name} ({Action}, {Affinity.Display})";
}

using NeuroBalance.Internal;

namespace NeuroBalance.Content;

/// <summary>
/// Numbers from the knowledge base as concentrations with their sources, for charts and exercises:
/// a receptor's half-activation constant (K<sub>d</sub>, pK<sub>d</sub> or EC<sub>50</sub>) for a ligand,
/// and a transmitter's measured level. Nothing here is typed in: every value is read from
/// <c>receptors.yaml</c> or <c>transmitters.yaml</c>.
/// </summary>
public static class ContentValues
{
    private static readonly MeasurementKind[] HalfActivationKinds = [MeasurementKind.PKd, MeasurementKind.PKi, MeasurementKind.Kd, MeasurementKind.EC50];

    /// <summary>The half-activation constant of <paramref name="receptor"/> for <paramref name="ligand"/>: its first value of kind pKd, pKi, Kd or EC50.</summary>
    /// <param name="receptor">A receptor name or id, e.g. "5-HT2A" or "GABA-A".</param>
    /// <param name="ligand">A ligand listed for that receptor, e.g. "serotonin" (case-insensitive).</param>
    /// <returns>The constant, labelled e.g. "5-HT2A: pKd (agonist radioligand) of serotonin".</returns>
    /// <exception cref="InvalidParameterException">The receptor or ligand is unknown, or the ligand has no such value.</exception>
    public static SourcedConcentration ReceptorConstant(string receptor, string ligand)
    {
        var (r, l) = FindLigand(receptor, ligand);
        var value = l.Values.FirstOrDefault(v => HalfActivationKinds.Contains(v.Kind))
            ?? throw new InvalidParameterException(FormattableString.Invariant($"The knowledge base has no Kd, pKd or EC50 of {l.Name} at {r.Name}."), nameof(ligand));
        return SourcedConcentration.FromMeasurement(FormattableString.Invariant($"{r.Name}: {value.Quantity} of {l.Name}"), value);
    }

    /// <summary>The Hill slope of <paramref name="ligand"/> at <paramref name="receptor"/> if the knowledge base gives one, else 1 (mass action).</summary>
    /// <param name="receptor">A receptor name or id.</param>
    /// <param name="ligand">A ligand listed for that receptor.</param>
    /// <returns>The Hill slope n, or 1.</returns>
    /// <exception cref="InvalidParameterException">The receptor or ligand is unknown.</exception>
    public static double HillSlope(string receptor, string ligand)
    {
        var (_, l) = FindLigand(receptor, ligand);
        return l.Values.FirstOrDefault(v => v.Kind == MeasurementKind.HillSlope)?.Value ?? 1;
    }

    /// <summary>The first measured level (kind concentration) of <paramref name="transmitter"/> (e.g. basal extracellular serotonin, ambient GABA).</summary>
    /// <param name="transmitter">A transmitter name, abbreviation or alias.</param>
    /// <returns>The level, labelled with the measured quantity.</returns>
    /// <exception cref="InvalidParameterException">The transmitter is unknown or has no level in the knowledge base.</exception>
    public static SourcedConcentration Level(string transmitter)
    {
        var t = KnowledgeBase.Current.TransmitterIndex.Find(nameof(transmitter), transmitter);
        var value = t.Values.FirstOrDefault(v => v.Kind == MeasurementKind.Concentration)
            ?? throw new InvalidParameterException(FormattableString.Invariant($"The knowledge base has no measured level of {t.Name}."), nameof(transmitter));
        return SourcedConcentration.FromMeasurement(FormattableString.Invariant($"{t.Name}: {value.Quantity}"), value);
    }

    private static (Receptor Receptor, Ligand Ligand) FindLigand(string receptor, string ligand)
    {
        Preconditions.CheckNotBlank(nameof(ligand), ligand);
        var r = KnowledgeBase.Current.ReceptorIndex.Find(nameof(receptor), receptor);
        var l = r.Ligands.FirstOrDefault(x => string.Equals(x.Name, ligand.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidParameterException(
                FormattableString.Invariant($"{r.Name} lists no ligand \"{ligand}\"; it lists {string.Join(", ", r.Ligands.Select(x => x.Name))}."), nameof(ligand));
        return (r, l);
    }
}

namespace NeuroBalance.Content.Loading;

/// <summary>
/// The spelling of each <see cref="MeasurementKind"/> and <see cref="MeasurementUnit"/> in the content
/// files, and which units each kind accepts. The loader rejects an unknown kind or unit, or a unit that
/// does not fit the kind, with the file, line and the closest known name.
/// </summary>
internal static class MeasurementNames
{
    /// <summary>Kinds by content-file name: pKd, pKi, Kd, Ki, Km, EC50, IC50, hill-slope, concentration, occupancy, fraction, half-time, rate.</summary>
    public static IReadOnlyDictionary<string, MeasurementKind> Kinds { get; } = new Dictionary<string, MeasurementKind>(StringComparer.Ordinal)
    {
        ["pKd"] = MeasurementKind.PKd,
        ["pKi"] = MeasurementKind.PKi,
        ["Kd"] = MeasurementKind.Kd,
        ["Ki"] = MeasurementKind.Ki,
        ["Km"] = MeasurementKind.Km,
        ["EC50"] = MeasurementKind.EC50,
        ["IC50"] = MeasurementKind.IC50,
        ["hill-slope"] = MeasurementKind.HillSlope,
        ["concentration"] = MeasurementKind.Concentration,
        ["occupancy"] = MeasurementKind.Occupancy,
        ["fraction"] = MeasurementKind.Fraction,
        ["half-time"] = MeasurementKind.HalfTime,
        ["rate"] = MeasurementKind.Rate,
    };

    /// <summary>Units by their symbol in the content files (also how they are shown): nM, µM, mM, -log M, %, 1, ms, s, µM/h.</summary>
    public static IReadOnlyDictionary<string, MeasurementUnit> Units { get; } = new Dictionary<string, MeasurementUnit>(StringComparer.Ordinal)
    {
        ["nM"] = MeasurementUnit.Nanomolar,
        ["µM"] = MeasurementUnit.Micromolar,
        ["mM"] = MeasurementUnit.Millimolar,
        ["-log M"] = MeasurementUnit.NegativeLogMolar,
        ["%"] = MeasurementUnit.Percent,
        ["1"] = MeasurementUnit.Dimensionless,
        ["ms"] = MeasurementUnit.Millisecond,
        ["s"] = MeasurementUnit.Second,
        ["µM/h"] = MeasurementUnit.MicromolarPerHour,
    };

    /// <summary>The symbol of a unit as written in the content files and shown on screen ("µM", "-log M", "%").</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(MeasurementUnit unit) => Units.First(u => u.Value == unit).Key;

    /// <summary>Whether the kind is a p-value (pKd, pKi): −log<sub>10</sub> of a molar constant.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for pKd and pKi.</returns>
    public static bool IsPValue(MeasurementKind kind) => kind is MeasurementKind.PKd or MeasurementKind.PKi;

    /// <summary>How many nanomolar one of <paramref name="unit"/> is, or null when it is not a concentration unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>1 for nM, 1000 for µM, 10⁶ for mM, else null.</returns>
    public static double? NanomolarPer(MeasurementUnit unit) => unit switch
    {
        MeasurementUnit.Nanomolar => 1,
        MeasurementUnit.Micromolar => 1e3,
        MeasurementUnit.Millimolar => 1e6,
        _ => null,
    };

    /// <summary>The units a kind accepts.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The units.</returns>
    public static IReadOnlyList<MeasurementUnit> UnitsFor(MeasurementKind kind) => kind switch
    {
        MeasurementKind.PKd or MeasurementKind.PKi => [MeasurementUnit.NegativeLogMolar],
        MeasurementKind.Kd or MeasurementKind.Ki or MeasurementKind.Km or MeasurementKind.EC50 or MeasurementKind.IC50 or MeasurementKind.Concentration =>
            [MeasurementUnit.Nanomolar, MeasurementUnit.Micromolar, MeasurementUnit.Millimolar],
        MeasurementKind.HillSlope => [MeasurementUnit.Dimensionless],
        MeasurementKind.Occupancy or MeasurementKind.Fraction => [MeasurementUnit.Percent],
        MeasurementKind.HalfTime => [MeasurementUnit.Millisecond, MeasurementUnit.Second],
        MeasurementKind.Rate => [MeasurementUnit.MicromolarPerHour],
        _ => [],
    };

    /// <summary>The content-file name of a kind ("pKd", "hill-slope").</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(MeasurementKind kind) => Kinds.First(k => k.Value == kind).Key;
}

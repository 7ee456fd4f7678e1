namespace NeuroBalance.Models.Hormones;

/// <summary>The names learners read for <see cref="ModulationTarget"/> values, in legends, captions and tables.</summary>
internal static class ModulationTargetNames
{
    /// <summary>Gets the human name of a target, e.g. "5-HT1A receptor density" for <see cref="ModulationTarget.Htr1aDensity"/>.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The name, in words and the usual symbols.</returns>
    public static string DisplayName(this ModulationTarget target) => target switch
    {
        ModulationTarget.Tph2Expression => "TPH2 expression",
        ModulationTarget.SertDensity => "SERT density",
        ModulationTarget.Htr2aDensity => "5-HT2A receptor density",
        ModulationTarget.Htr1aDensity => "5-HT1A receptor density",
        ModulationTarget.MaoA => "MAO-A activity",
        ModulationTarget.ThExpression => "TH expression",
        ModulationTarget.GabaASensitivity => "GABA-A sensitivity",
        _ => target.ToString(),
    };
}

using NeuroBalance.Models.Hormones;
using NeuroBalance.Tables;

namespace NeuroBalance.Lessons;

/// <summary>Lesson 08's comparison tables, with headers in words and units, for learners to read.</summary>
public static class CapstoneTables
{
    /// <summary>The interventions compared at steady state (<see cref="InterventionComparison.Rows"/>) as a table.</summary>
    /// <returns>One row per intervention: strategy, model, readout and its level relative to basal.</returns>
    public static Table Interventions() => Table.Of(
        "Each intervention at steady state, as a multiple of the model's basal level",
        InterventionComparison.Rows(),
        ("Intervention", r => r.Intervention),
        ("Strategy", r => r.Strategy),
        ("Model", r => r.Model),
        ("Readout", r => r.Readout),
        ("Level (× basal)", r => Math.Round(r.Relative, 2)),
        ("Evidence", r => r.Evidence));

    /// <summary>Every intervention for two hormone states at weeks 1 and 8, with the week-8 output at both ends of the hormone ranges.</summary>
    /// <returns>The table; outputs are serotonin output relative to the reference state.</returns>
    public static Table Weeks()
    {
        var rows = from h in new[] { HormoneScenario.Postpartum, HormoneScenario.Hypothyroid }
                   from i in Enum.GetValues<Intervention>()
                   let c = CapstoneScenario.Create(h, i)
                   select (Hormones: h.Name, Intervention: Describe(i), Week1: c.OutputAtWeek(1), Week8: c.OutputAtWeek(8),
                           Low: CapstoneScenario.Create(h, i, estimate: EffectEstimate.Low).OutputAtWeek(8),
                           High: CapstoneScenario.Create(h, i, estimate: EffectEstimate.High).OutputAtWeek(8));
        return Table.Of(
            "Serotonin output (× reference) for each intervention; the last two columns use the low and high ends of every hormone effect's range",
            rows,
            ("Hormone state", r => r.Hormones),
            ("Intervention", r => r.Intervention),
            ("Week 1 (×)", r => Math.Round(r.Week1, 2)),
            ("Week 8 (×)", r => Math.Round(r.Week8, 2)),
            ("Week 8, effects at their low ends (×)", r => Math.Round(r.Low, 2)),
            ("Week 8, effects at their high ends (×)", r => Math.Round(r.High, 2)));
    }

    private static string Describe(Intervention intervention) => intervention switch
    {
        Intervention.None => "none (hormone state alone)",
        Intervention.Ssri => "SSRI",
        Intervention.T3Augmentation => "T3 augmentation",
        _ => "SSRI with T3 augmentation",
    };
}

using NeuroBalance.Models.Terminals;
using NeuroBalance.Models.Transport;

namespace NeuroBalance.Lessons;

/// <summary>
/// Lesson 05's MAO isoform what-if: a full MAO-B block on the dopamine terminal's cytosolic MAO step, once with
/// the rat-striatum isoform share and once with the human-basal-ganglia share (both illustrative, see
/// <see cref="MonoamineOxidase"/>). Keeps the loop over the two shares out of the cell that learners read.
/// Part of lesson 05's unit (<c>notebooks/05-reuptake-and-clearance/</c>).
/// </summary>
public static class MaoBBlock
{
    /// <summary>
    /// Prints, for rat striatum and human basal ganglia, the MAO activity a full MAO-B block leaves and the
    /// cytosolic dopamine of <see cref="DopamineTerminal.Default"/> before and after the block.
    /// </summary>
    public static void CompareRatAndHuman()
    {
        var terminal = DopamineTerminal.Default;
        var basal = terminal.SteadyState()[DopamineTerminal.Cda];
        foreach (var (place, share) in new[] { ("rat striatum", MonoamineOxidase.DopamineRodentStriatum), ("human basal ganglia", MonoamineOxidase.DopamineHumanBasalGanglia) })
        {
            var blocked = terminal.WithMaoInhibition(0, 1, share.Value).SteadyState()[DopamineTerminal.Cda];
            Console.WriteLine($"{place} ({share.Value}, {share.Evidence}): full MAO-B block leaves {share.Value.RemainingActivity(0, 1) * 100:F0}% of MAO; cytosolic DA {basal} → {blocked}");
        }
    }
}
